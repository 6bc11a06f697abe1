// seedrandom's Alea on its own: the package index also loads node:crypto and five other generators.
declare module 'seedrandom/lib/alea.js' {
  interface AleaPrng {
    (): number;
    int32(): number;
    double(): number;
    quick(): number;
  }
  function alea(seed?: string): AleaPrng;
  export default alea;
}
