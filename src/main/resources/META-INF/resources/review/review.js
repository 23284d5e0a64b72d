// The review viewer's modules in one import, for a page that shows the same viewer with its own API base URL (the
// staff file page). Like each module it names, importing it does nothing; the review page itself starts from main.js.
export { createReviewApi } from './api.js';
export { createViewport } from './viewport.js';
export { createCommentPanel } from './comments.js';
export { createAnnotationLayer, TOOLS } from './annotation-layer.js';
