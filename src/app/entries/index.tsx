import { mount } from '../mount';
import { Notice } from '../Notice';
import { PageTitle } from '../PageTitle';

mount(async (composition) => {
  // The demo's frame loads only in a plain browser: inside Teams none of it is downloaded.
  if (composition.standalone === undefined) {
    const { Home } = await import('../standalone/Home');
    return (
      <>
        <PageTitle page="home" />
        <Home />
      </>
    );
  }
  const [{ Home }, { StandaloneFrame }] = await Promise.all([
    import('../standalone/Home'),
    import('../standalone/StandaloneFrame'),
  ]);
  return (
    <StandaloneFrame current="home" standalone={composition.standalone}>
      <PageTitle page="home" />
      <Notice notice={composition.notice} />
      <Home />
    </StandaloneFrame>
  );
});
