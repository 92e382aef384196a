// electron-vite: `import path from './file?modulePath'` bundles file as its own entry and gives its built path.
declare module '*?modulePath' {
  const modulePath: string;
  export default modulePath;
}
