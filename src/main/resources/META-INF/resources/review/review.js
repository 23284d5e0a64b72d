// The review viewer: zoom and pan of the preview (wheel, buttons, keyboard, touch), the drawing tools, and the side
// list of comments, synced with the marks. Talks to /r/{token}/annotations with the session's CSRF token.
import { createAnnotationLayer } from './annotation-layer.js';

const viewer = document.getElementById('viewer');
const stage = document.getElementById('stage');
const canvas = document.getElementById('canvas');
const image = document.getElementById('preview');
const base = viewer.dataset.base;
const assetId = viewer.dataset.asset;
const page = Number(viewer.dataset.page);
const csrf = viewer.dataset.csrf;
// a read-only review shows everyone's comments but takes no replies, edits or deletions
const canAnnotate = viewer.dataset.canAnnotate === 'true';

// ---- zoom and pan ---------------------------------------------------------------------------------------------
const view = { scale: 1, x: 0, y: 0 };
const MIN_SCALE = 0.5;
const MAX_SCALE = 10;

function fitWidth() {
  const ratio = image && image.naturalWidth ? image.naturalHeight / image.naturalWidth : 1;
  return Math.min(stage.clientWidth, stage.clientHeight / ratio);
}

function apply() {
  canvas.style.transform = `translate(${view.x}px, ${view.y}px) scale(${view.scale})`;
}

function fit() {
  if (!canvas) {
    return;
  }
  const width = fitWidth();
  canvas.style.width = `${width}px`;
  const ratio = image.naturalWidth ? image.naturalHeight / image.naturalWidth : 1;
  view.scale = 1;
  view.x = (stage.clientWidth - width) / 2;
  view.y = (stage.clientHeight - width * ratio) / 2;
  apply();
}

function zoomAt(factor, clientX, clientY) {
  const box = stage.getBoundingClientRect();
  const px = clientX === undefined ? box.width / 2 : clientX - box.left;
  const py = clientY === undefined ? box.height / 2 : clientY - box.top;
  const next = Math.min(MAX_SCALE, Math.max(MIN_SCALE, view.scale * factor));
  view.x = px - (px - view.x) * (next / view.scale);
  view.y = py - (py - view.y) * (next / view.scale);
  view.scale = next;
  apply();
}

function pan(dx, dy) {
  view.x += dx;
  view.y += dy;
  apply();
}

if (canvas) {
  if (image.complete) {
    fit();
  } else {
    image.addEventListener('load', fit);
  }
  window.addEventListener('resize', fit);
  stage.addEventListener('wheel', (event) => {
    event.preventDefault();
    zoomAt(event.deltaY < 0 ? 1.15 : 1 / 1.15, event.clientX, event.clientY);
  }, { passive: false });

  const pointers = new Map();
  let pinch = null;
  stage.addEventListener('pointerdown', (event) => {
    pointers.set(event.pointerId, [event.clientX, event.clientY]);
    stage.setPointerCapture(event.pointerId);
    if (pointers.size === 2) {
      const [a, b] = [...pointers.values()];
      pinch = { distance: Math.hypot(a[0] - b[0], a[1] - b[1]) };
    }
  });
  stage.addEventListener('pointermove', (event) => {
    const last = pointers.get(event.pointerId);
    if (!last) {
      return;
    }
    const now = [event.clientX, event.clientY];
    pointers.set(event.pointerId, now);
    if (pointers.size === 2 && pinch) {
      const [a, b] = [...pointers.values()];
      const distance = Math.hypot(a[0] - b[0], a[1] - b[1]);
      zoomAt(distance / pinch.distance, (a[0] + b[0]) / 2, (a[1] + b[1]) / 2);
      pinch.distance = distance;
    } else if (pointers.size === 1) {
      pan(now[0] - last[0], now[1] - last[1]);
    }
  });
  const release = (event) => {
    pointers.delete(event.pointerId);
    if (pointers.size < 2) {
      pinch = null;
    }
  };
  stage.addEventListener('pointerup', release);
  stage.addEventListener('pointercancel', release);
  stage.addEventListener('keydown', (event) => {
    if (event.target !== stage) {
      return;
    }
    const moves = { ArrowLeft: [40, 0], ArrowRight: [-40, 0], ArrowUp: [0, 40], ArrowDown: [0, -40] };
    if (event.key === '+' || event.key === '=') {
      zoomAt(1.25);
    } else if (event.key === '-') {
      zoomAt(0.8);
    } else if (event.key === '0') {
      fit();
    } else if (moves[event.key]) {
      pan(...moves[event.key]);
    } else {
      return;
    }
    event.preventDefault();
  });
}
document.getElementById('zoom-in').addEventListener('click', () => canvas && zoomAt(1.25));
document.getElementById('zoom-out').addEventListener('click', () => canvas && zoomAt(0.8));
document.getElementById('zoom-fit').addEventListener('click', fit);

// ---- comments and marks ---------------------------------------------------------------------------------------
const list = document.getElementById('comments');
const errorBox = document.getElementById('comments-error');
const status = document.getElementById('draw-status');
const form = document.getElementById('comment-form');
const toolButtons = [...document.querySelectorAll('[data-tool]')];
let threads = [];
let selected = null;
let pending = null;
let layer = null;

function showError(message) {
  if (errorBox) {
    errorBox.textContent = message;
    errorBox.hidden = !message;
  }
}

async function call(method, path, body) {
  const response = await fetch(base + path, {
    method,
    headers: body === undefined ? { 'X-CSRF-Token': csrf, Accept: 'application/json' }
      : { 'X-CSRF-Token': csrf, Accept: 'application/json', 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
    credentials: 'same-origin',
  });
  if (!response.ok) {
    let message = `The server answered ${response.status}.`;
    try {
      message = (await response.json()).error || message;
    } catch (ignored) {
      // not JSON: keep the status line
    }
    throw new Error(message);
  }
  return response.status === 204 ? null : response.json();
}

async function load() {
  if (!list) {
    return;
  }
  try {
    threads = (await call('GET', `/annotations?asset=${encodeURIComponent(assetId)}`)).filter((t) => t.page === page);
    showError('');
  } catch (error) {
    showError(error.message);
  }
  renderAll();
}

function renderMarks() {
  if (!layer) {
    return;
  }
  const shown = pending ? [...threads, { annotationUID: 'pending', shape: pending, text: '' }] : threads;
  layer.render(shown, pending ? 'pending' : selected);
}

function select(id, fromMark) {
  selected = selected === id && !fromMark ? null : id;
  renderAll();
  if (fromMark && selected) {
    const item = list.querySelector(`[data-id="${CSS.escape(selected)}"]`);
    if (item) {
      item.scrollIntoView({ block: 'nearest' });
      item.querySelector('.select').focus();
    }
  }
}

function el(name, attributes = {}, ...children) {
  const node = document.createElement(name);
  for (const [key, value] of Object.entries(attributes)) {
    if (key === 'text') {
      node.textContent = value;
    } else {
      node.setAttribute(key, value);
    }
  }
  node.append(...children);
  return node;
}

function when(iso) {
  const date = new Date(iso);
  return el('time', { datetime: iso, class: 'when', text: date.toLocaleString() });
}

function textForm(label, initial, submitText, onSubmit, onCancel) {
  const id = `f-${Math.random().toString(36).slice(2)}`;
  const area = el('textarea', { id, rows: '2', maxlength: '5000', required: '' });
  area.value = initial;
  const cancel = el('button', { type: 'button', text: 'Cancel' });
  const formNode = el('form', { class: 'stack' }, el('label', { for: id, text: label }), area,
    el('div', { class: 'row' }, el('button', { type: 'submit', text: submitText }), cancel));
  formNode.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (area.value.trim()) {
      await onSubmit(area.value);
    }
  });
  cancel.addEventListener('click', onCancel);
  setTimeout(() => area.focus(), 0);
  return formNode;
}

function entry(annotation, number, parent) {
  const item = el('li', { class: 'comment', 'data-id': annotation.annotationUID });
  const head = parent
    ? el('div', {}, el('span', { class: 'who', text: annotation.author || 'Unknown' }), ' ', when(annotation.created))
    : el('div', {},
      el('button', { type: 'button', class: 'select', 'aria-pressed': String(selected === annotation.annotationUID),
        text: `Mark ${number}` }),
      ' ', el('span', { class: 'who', text: annotation.author || 'Unknown' }), ' ', when(annotation.created));
  const text = el('p', { class: 'text', text: annotation.text });
  const actions = el('div', { class: 'actions' });
  item.append(head, text, actions);
  if (!parent) {
    head.querySelector('.select').addEventListener('click', () => select(annotation.annotationUID, false));
    item.classList.toggle('is-selected', selected === annotation.annotationUID);
    const reply = el('button', { type: 'button', text: 'Reply' });
    reply.addEventListener('click', () => {
      actions.hidden = true;
      item.append(textForm('Your reply', '', 'Send reply', async (value) => {
        try {
          await call('POST', '/annotations', { assetUID: assetId, parentUID: annotation.annotationUID, text: value });
          await load();
        } catch (error) {
          showError(error.message);
        }
      }, () => renderAll()));
    });
    if (canAnnotate) {
      actions.append(reply);
    }
  }
  if (annotation.mine && canAnnotate) {
    const edit = el('button', { type: 'button', text: 'Edit' });
    edit.setAttribute('aria-label', parent ? 'Edit reply' : `Edit mark ${number}`);
    edit.addEventListener('click', () => {
      text.hidden = true;
      actions.hidden = true;
      item.insertBefore(textForm('Edit your comment', annotation.text, 'Save', async (value) => {
        try {
          await call('PUT', `/annotations/${annotation.annotationUID}`, { text: value });
          await load();
        } catch (error) {
          showError(error.message);
        }
      }, () => renderAll()), actions);
    });
    const remove = el('button', { type: 'button', text: 'Delete' });
    remove.setAttribute('aria-label', parent ? 'Delete reply' : `Delete mark ${number}`);
    remove.addEventListener('click', async () => {
      if (!window.confirm(parent ? 'Delete this reply?' : 'Delete this mark, its comment and its replies?')) {
        return;
      }
      try {
        await call('DELETE', `/annotations/${annotation.annotationUID}`);
        await load();
      } catch (error) {
        showError(error.message);
      }
    });
    actions.append(edit, remove);
  }
  if (!parent && annotation.replies.length) {
    item.append(el('ol', { class: 'replies', 'aria-label': `Replies to mark ${number}` },
      ...annotation.replies.map((reply) => entry(reply, number, annotation))));
  }
  return item;
}

function renderAll() {
  renderMarks();
  if (!list) {
    return;
  }
  list.replaceChildren(...threads.map((thread, index) => entry(thread, index + 1, null)));
  if (!threads.length) {
    list.append(el('li', { class: 'hint', text: 'No comments on this page yet.' }));
  }
}

function setTool(tool) {
  layer.setTool(tool);
  for (const button of toolButtons) {
    button.setAttribute('aria-pressed', String(button.dataset.tool === layer.tool));
  }
}

const svg = document.getElementById('marks');
if (svg) {
  layer = createAnnotationLayer(svg, {
    width: image.naturalWidth || 1000,
    height: image.naturalHeight || 1000,
    onDraw(shape) {
      pending = shape;
      setTool(null);
      renderMarks();
      form.hidden = false;
      status.textContent = 'Shape drawn. Write your comment and save it.';
      document.getElementById('comment-text').focus();
    },
    onSelect(id) {
      select(id, true);
    },
    onStatus(text) {
      if (status) {
        status.textContent = text;
      }
    },
  });
  const size = () => layer.setSize(image.naturalWidth, image.naturalHeight);
  if (image.complete) {
    size();
  } else {
    image.addEventListener('load', size);
  }
  // a drawing tool owns the pointer: the stage must not pan while drawing
  svg.addEventListener('pointerdown', (event) => {
    if (layer.tool) {
      event.stopPropagation();
    }
  });
}

for (const button of toolButtons) {
  button.addEventListener('click', () => {
    const tool = layer.tool === button.dataset.tool ? null : button.dataset.tool;
    setTool(tool);
    if (tool) {
      status.textContent = `${button.textContent} tool: draw on the preview, or focus it and use the arrow keys and Enter.`;
    }
  });
}

if (form) {
  const cancel = () => {
    pending = null;
    form.hidden = true;
    document.getElementById('comment-text').value = '';
    renderMarks();
  };
  document.getElementById('comment-cancel').addEventListener('click', cancel);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const text = document.getElementById('comment-text').value;
    if (!pending || !text.trim()) {
      return;
    }
    try {
      const created = await call('POST', '/annotations', { assetUID: assetId, page, text, shape: pending });
      cancel();
      selected = created.annotationUID;
      status.textContent = 'Comment saved.';
      await load();
    } catch (error) {
      showError(error.message);
    }
  });
}

load();
