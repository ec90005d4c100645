// Sends the CSRF token with every htmx request; the page's forms carry it already.
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

// A form marked data-confirm asks before it is sent (removals that take effect at once).
document.addEventListener('submit', function (event) {
  var question = event.target.getAttribute && event.target.getAttribute('data-confirm');
  if (question && !window.confirm(question)) {
    event.preventDefault();
    event.stopImmediatePropagation();
  }
}, true);

// A form marked data-busy-text shows that the server is working (uploads, imports) and cannot be sent twice.
document.addEventListener('submit', function (event) {
  var form = event.target;
  var text = form.getAttribute && form.getAttribute('data-busy-text');
  if (!text) {
    return;
  }
  form.querySelectorAll('button[type=submit], button:not([type])').forEach(function (button) {
    button.disabled = true;
    button.innerHTML = '<span class="spinner-border spinner-border-sm me-1" role="status"></span>';
    button.appendChild(document.createTextNode(text));
  });
});
