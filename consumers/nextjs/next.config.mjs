// A static export: `next build` prerenders every page (running calmkit's modules in Node) and
// writes plain files, which build.mjs moves to dist/ for the checker to serve.
export default {
  output: 'export',
  images: { unoptimized: true },
  poweredByHeader: false,
};
