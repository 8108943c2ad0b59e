import { mount } from '../mount';
import { Notice } from '../Notice';
import { Home } from '../standalone/Home';
import { StandaloneFrame } from '../standalone/StandaloneFrame';

mount((composition) =>
  composition.standalone === undefined ? (
    <Home />
  ) : (
    <StandaloneFrame current="home" standalone={composition.standalone}>
      <Notice notice={composition.notice} />
      <Home />
    </StandaloneFrame>
  ),
);
