import { mount } from '../mount';
import { Notice } from '../Notice';

mount(async (composition) => {
  const { Home, StandaloneFrame } = await import('../standalone/chrome');
  return composition.standalone === undefined ? (
    <Home />
  ) : (
    <StandaloneFrame current="home" standalone={composition.standalone}>
      <Notice notice={composition.notice} />
      <Home />
    </StandaloneFrame>
  );
});
