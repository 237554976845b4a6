// "Show the password" checkboxes next to password fields (they stay hidden without this file).
(function () {
  'use strict';
  document.addEventListener('DOMContentLoaded', function () {
    var boxes = document.querySelectorAll('[data-password-toggle]');
    Array.prototype.forEach.call(boxes, function (box) {
      var input = document.getElementById(box.getAttribute('data-password-toggle'));
      var toggle = box.querySelector('input[type="checkbox"]');
      if (!input || !toggle) return;
      box.hidden = false;
      toggle.addEventListener('change', function () {
        input.type = toggle.checked ? 'text' : 'password';
      });
      // Sent as a password field, so browsers offer to save it.
      if (input.form) {
        input.form.addEventListener('submit', function () {
          input.type = 'password';
        });
      }
    });
  });
})();
