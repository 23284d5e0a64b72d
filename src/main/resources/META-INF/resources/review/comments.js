// The comments of one page of a file: the side list of threads with their replies, editing and deleting one's own
// comments, and the form that gives a freshly drawn mark its comment. The list and the marks stay in step: selecting a
// thread in the list selects its mark and the other way round.

/**
 * @param {{api: object, assetId: string, page: number, canAnnotate: boolean, list: HTMLOListElement,
 *          errorBox?: HTMLElement, marks?: {render: (annotations: object[], selectedId: string|null) => void},
 *          draftForm?: {form: HTMLFormElement, textArea: HTMLTextAreaElement, cancelButton: HTMLElement},
 *          announce?: (text: string) => void}} options api is a client from api.js; marks is the drawing layer the
 *        threads are shown on; draftForm is where a drawn mark gets its comment; announce puts a sentence in a live
 *        region. A read-only review (canAnnotate false) shows everyone's comments but takes no replies, edits or
 *        deletions.
 */
export function createCommentPanel({ api, assetId, page, canAnnotate, list, errorBox, marks, draftForm, announce }) {
  let threads = [];
  let selected = null;
  let pendingShape = null;

  function showError(message) {
    if (errorBox) {
      errorBox.textContent = message;
      errorBox.hidden = !message;
    }
  }

  function say(text) {
    if (announce) {
      announce(text);
    }
  }

  /** Fetches the threads of this page again and shows them. */
  async function load() {
    try {
      threads = (await api.listAnnotations(assetId)).filter((thread) => thread.page === page);
      showError('');
    } catch (error) {
      showError(error.message);
    }
    renderAll();
  }

  function renderMarks() {
    if (!marks) {
      return;
    }
    const shown = pendingShape
      ? [...threads, { annotationUID: 'pending', shape: pendingShape, text: '' }] : threads;
    marks.render(shown, pendingShape ? 'pending' : selected);
  }

  /** Selects a thread; from the list a second click unselects it, from a mark the list scrolls to it. */
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

  async function saveThenReload(request) {
    try {
      await request();
      await load();
    } catch (error) {
      showError(error.message);
    }
  }

  function entry(annotation, number, parent) {
    const item = element('li', { class: 'comment', 'data-id': annotation.annotationUID });
    const head = parent
      ? element('div', {}, element('span', { class: 'who', text: annotation.author || 'Unknown' }), ' ',
        when(annotation.created))
      : element('div', {},
        element('button', { type: 'button', class: 'select',
          'aria-pressed': String(selected === annotation.annotationUID), text: `Mark ${number}` }),
        ' ', element('span', { class: 'who', text: annotation.author || 'Unknown' }), ' ', when(annotation.created));
    const text = element('p', { class: 'text', text: annotation.text });
    const actions = element('div', { class: 'actions' });
    item.append(head, text, actions);
    if (!parent) {
      head.querySelector('.select').addEventListener('click', () => select(annotation.annotationUID, false));
      item.classList.toggle('is-selected', selected === annotation.annotationUID);
      const reply = element('button', { type: 'button', text: 'Reply' });
      reply.addEventListener('click', () => {
        actions.hidden = true;
        item.append(textForm('Your reply', '', 'Send reply',
          (value) => saveThenReload(() => api.replyTo(assetId, annotation.annotationUID, value)),
          () => renderAll()));
      });
      if (canAnnotate) {
        actions.append(reply);
      }
    }
    if (annotation.mine && canAnnotate) {
      const edit = element('button', { type: 'button', text: 'Edit' });
      edit.setAttribute('aria-label', parent ? 'Edit reply' : `Edit mark ${number}`);
      edit.addEventListener('click', () => {
        text.hidden = true;
        actions.hidden = true;
        item.insertBefore(textForm('Edit your comment', annotation.text, 'Save',
          (value) => saveThenReload(() => api.editAnnotation(annotation.annotationUID, value)),
          () => renderAll()), actions);
      });
      const remove = element('button', { type: 'button', text: 'Delete' });
      remove.setAttribute('aria-label', parent ? 'Delete reply' : `Delete mark ${number}`);
      remove.addEventListener('click', async () => {
        if (!window.confirm(parent ? 'Delete this reply?' : 'Delete this mark, its comment and its replies?')) {
          return;
        }
        await saveThenReload(() => api.deleteAnnotation(annotation.annotationUID));
      });
      actions.append(edit, remove);
    }
    if (!parent && annotation.replies.length) {
      item.append(element('ol', { class: 'replies', 'aria-label': `Replies to mark ${number}` },
        ...annotation.replies.map((reply) => entry(reply, number, annotation))));
    }
    return item;
  }

  function renderAll() {
    renderMarks();
    list.replaceChildren(...threads.map((thread, index) => entry(thread, index + 1, null)));
    if (!threads.length) {
      list.append(element('li', { class: 'hint', text: 'No comments on this page yet.' }));
    }
  }

  /** Shows a freshly drawn shape as a mark and opens the form for its comment. */
  function startDraft(shape) {
    pendingShape = shape;
    renderMarks();
    draftForm.form.hidden = false;
    say('Shape drawn. Write your comment and save it.');
    draftForm.textArea.focus();
  }

  function cancelDraft() {
    pendingShape = null;
    draftForm.form.hidden = true;
    draftForm.textArea.value = '';
    renderMarks();
  }

  if (draftForm) {
    draftForm.cancelButton.addEventListener('click', cancelDraft);
    draftForm.form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const text = draftForm.textArea.value;
      if (!pendingShape || !text.trim()) {
        return;
      }
      try {
        const created = await api.createAnnotation(assetId, page, text, pendingShape);
        cancelDraft();
        selected = created.annotationUID;
        say('Comment saved.');
        await load();
      } catch (error) {
        showError(error.message);
      }
    });
  }

  return { load, select, startDraft };
}

function element(name, attributes = {}, ...children) {
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
  return element('time', { datetime: iso, class: 'when', text: date.toLocaleString() });
}

/** A small form with one text area, used for replies and edits. */
function textForm(label, initial, submitText, onSubmit, onCancel) {
  const id = `f-${Math.random().toString(36).slice(2)}`;
  const area = element('textarea', { id, rows: '2', maxlength: '5000', required: '' });
  area.value = initial;
  const cancel = element('button', { type: 'button', text: 'Cancel' });
  const form = element('form', { class: 'stack' }, element('label', { for: id, text: label }), area,
    element('div', { class: 'row' }, element('button', { type: 'submit', text: submitText }), cancel));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (area.value.trim()) {
      await onSubmit(area.value);
    }
  });
  cancel.addEventListener('click', onCancel);
  setTimeout(() => area.focus(), 0);
  return form;
}
