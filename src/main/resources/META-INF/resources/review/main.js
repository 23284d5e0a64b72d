// The review page's viewer: reads what the server put in the page (the #viewer element's data attributes and the
// elements it rendered) and wires the modules to it. The only module here that touches the page when imported.
import { createReviewApi } from './api.js';
import { createAnnotationLayer } from './annotation-layer.js';
import { createCommentPanel } from './comments.js';
import { createViewport } from './viewport.js';

const viewer = document.getElementById('viewer');
const stage = document.getElementById('stage');
const canvas = document.getElementById('canvas');
const image = document.getElementById('preview');
const svg = document.getElementById('marks');
const list = document.getElementById('comments');
const status = document.getElementById('draw-status');
const draftForm = document.getElementById('comment-form');
const toolButtons = [...document.querySelectorAll('[data-tool]')];

const assetId = viewer.dataset.asset;
const page = Number(viewer.dataset.page);
const canAnnotate = viewer.dataset.canAnnotate === 'true';
const api = createReviewApi({ baseUrl: viewer.dataset.base, csrfToken: viewer.dataset.csrf });

function announce(text) {
  if (status) {
    status.textContent = text;
  }
}

// a file without a preview has no canvas: nothing to zoom, and the zoom buttons do nothing
if (canvas) {
  createViewport({
    stage,
    canvas,
    image,
    zoomInButton: document.getElementById('zoom-in'),
    zoomOutButton: document.getElementById('zoom-out'),
    fitButton: document.getElementById('zoom-fit'),
  });
}

let layer = null;
let comments = null;

function setTool(tool) {
  layer.setTool(tool);
  for (const button of toolButtons) {
    button.setAttribute('aria-pressed', String(button.dataset.tool === layer.tool));
  }
}

if (svg) {
  layer = createAnnotationLayer(svg, {
    width: image.naturalWidth || 1000,
    height: image.naturalHeight || 1000,
    onDraw(shape) {
      setTool(null);
      comments.startDraft(shape);
    },
    onSelect(id) {
      comments?.select(id, true);
    },
    onStatus: announce,
  });
  const size = () => layer.setSize(image.naturalWidth, image.naturalHeight);
  if (image.complete) {
    size();
  } else {
    image.addEventListener('load', size);
  }
}

for (const button of toolButtons) {
  button.addEventListener('click', () => {
    const tool = layer.tool === button.dataset.tool ? null : button.dataset.tool;
    setTool(tool);
    if (tool) {
      announce(`${button.textContent} tool: draw on the preview, or focus it and use the arrow keys and Enter.`);
    }
  });
}

// the list is there once the reviewer has given a name; before that the page has no comments to show
if (list) {
  comments = createCommentPanel({
    api,
    assetId,
    page,
    canAnnotate,
    list,
    errorBox: document.getElementById('comments-error'),
    marks: layer,
    draftForm: draftForm && {
      form: draftForm,
      textArea: document.getElementById('comment-text'),
      cancelButton: document.getElementById('comment-cancel'),
    },
    announce,
  });
  comments.load();
}
