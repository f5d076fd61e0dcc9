/** The part of jsdom the render bench uses (the package ships no types). */
declare module 'jsdom' {
  export class JSDOM {
    constructor(html: string, options?: { url?: string });
    window: Window & typeof globalThis;
  }
}
