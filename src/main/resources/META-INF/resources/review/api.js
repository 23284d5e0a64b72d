// The server calls of the review viewer. Every call carries the session's CSRF token in a header; the base URL and the
// token come from the page that creates the client, so another page can point the same viewer at its own endpoints.

/**
 * @param {{baseUrl: string, csrfToken: string}} settings baseUrl is the prefix of the annotation paths (a review
 *        link's /r/{token} or a task's /t/{token}); csrfToken is sent as X-CSRF-Token with every call
 */
export function createReviewApi({ baseUrl, csrfToken }) {
  async function call(method, path, body) {
    const response = await fetch(baseUrl + path, {
      method,
      headers: body === undefined ? { 'X-CSRF-Token': csrfToken, Accept: 'application/json' }
        : { 'X-CSRF-Token': csrfToken, Accept: 'application/json', 'Content-Type': 'application/json' },
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

  return {
    /** The asset's comment threads on every page, each with its replies. */
    listAnnotations(assetId) {
      return call('GET', `/annotations?asset=${encodeURIComponent(assetId)}`);
    },

    /** A new comment with its mark; resolves to the stored annotation. */
    createAnnotation(assetId, page, text, shape) {
      return call('POST', '/annotations', { assetUID: assetId, page, text, shape });
    },

    replyTo(assetId, parentId, text) {
      return call('POST', '/annotations', { assetUID: assetId, parentUID: parentId, text });
    },

    editAnnotation(annotationId, text) {
      return call('PUT', `/annotations/${annotationId}`, { text });
    },

    deleteAnnotation(annotationId) {
      return call('DELETE', `/annotations/${annotationId}`);
    },
  };
}
