// Lists what is chosen in long multiple selects (countries…), so a choice scrolled out of
// view stays visible. The select works the same without this file.
(function () {
  'use strict';
  function enhance(select) {
    var output = document.createElement('p');
    output.className = 'hint';
    output.setAttribute('aria-live', 'polite');
    output.id = select.id + '-chosen';
    var prefix = select.getAttribute('data-chosen-label') || '';
    var none = select.getAttribute('data-chosen-none') || '';
    function update() {
      var names = [];
      for (var i = 0; i < select.options.length; i++) {
        if (select.options[i].selected) names.push(select.options[i].text);
      }
      output.textContent = names.length ? prefix + ' ' + names.join(', ') : none;
    }
    select.addEventListener('change', update);
    select.parentNode.insertBefore(output, select.nextSibling);
    update();
  }
  document.addEventListener('DOMContentLoaded', function () {
    var selects = document.querySelectorAll('select[multiple][data-chosen-label]');
    for (var i = 0; i < selects.length; i++) enhance(selects[i]);
  });
})();
