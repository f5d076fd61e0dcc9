/** Vite's `?raw` imports: the file's text, bundled (the privacy policy shown in Settings → About). */
declare module '*.md?raw' {
  const text: string;
  export default text;
}
