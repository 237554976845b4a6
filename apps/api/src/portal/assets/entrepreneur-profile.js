// The profile page: date of birth and gender can only be filled in while the consent box is
// ticked (the server ignores them otherwise); without this script they stay editable.
(function () {
  'use strict';
  document.addEventListener('DOMContentLoaded', function () {
    var group = document.querySelector('[data-consent-controlled]');
    if (!group) return;
    var box = document.getElementById(group.getAttribute('data-consent-controlled'));
    if (!box) return;
    function sync() {
      var fields = group.querySelectorAll('input, select, textarea');
      for (var i = 0; i < fields.length; i += 1) fields[i].disabled = !box.checked;
      group.classList.toggle('is-disabled', !box.checked);
    }
    box.addEventListener('change', sync);
    sync();
  });
})();
