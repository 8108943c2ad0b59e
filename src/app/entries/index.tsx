import { mount } from '../mount';
import { Notice } from '../Notice';

mount(async (composition) => {
  // The demo's frame loads only in a plain browser: inside Teams none of it is downloaded.
  const [{ Home }, { StandaloneFrame }] = await Promise.all([
    import('../standalone/Home'),
    composition.standalone === undefined ? { StandaloneFrame: undefined } : import('../standalone/StandaloneFrame'),
  ]);
  return composition.standalone === undefined || StandaloneFrame === undefined ? (
    <Home />
  ) : (
    <StandaloneFrame current="home" standalone={composition.standalone}>
      <Notice notice={composition.notice} />
      <Home />
    </StandaloneFrame>
  );
});
