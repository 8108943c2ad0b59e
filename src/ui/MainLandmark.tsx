import { createContext, useContext, type ComponentPropsWithoutRef } from 'react';

const InsideMain = createContext(false);

/**
 * A page's main landmark. Inside another one (the demo's frame around the team overview) it is a
 * labelled section instead: a page with a <main> in a <main> has two main landmarks, and a screen
 * reader's "go to main" lands on the outer one.
 */
export function MainLandmark(props: ComponentPropsWithoutRef<'main'>) {
  const inside = useContext(InsideMain);
  if (inside) return <section {...props} />;
  return (
    <InsideMain.Provider value={true}>
      <main {...props} />
    </InsideMain.Provider>
  );
}
