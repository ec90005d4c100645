// The onboarding form shows the individual or the institutional sections for the chosen kind of client.
(function () {
  var kind = document.getElementById('kind');
  if (!kind) {
    return;
  }
  function showSections() {
    document.querySelectorAll('[data-kind]').forEach(function (section) {
      section.hidden = section.getAttribute('data-kind') !== kind.value;
    });
  }
  kind.addEventListener('change', showSections);
  showSections();
})();
