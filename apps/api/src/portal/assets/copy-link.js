// "Copy" buttons beside read-only addresses (they stay hidden without this file).
(function () {
  'use strict';
  document.addEventListener('DOMContentLoaded', function () {
    var buttons = document.querySelectorAll('[data-copy]');
    Array.prototype.forEach.call(buttons, function (button) {
      var input = document.getElementById(button.getAttribute('data-copy'));
      var status = document.getElementById(button.getAttribute('data-copy-status'));
      if (!input || !window.navigator.clipboard) return;
      button.hidden = false;
      button.addEventListener('click', function () {
        window.navigator.clipboard.writeText(input.value).then(
          function () {
            if (status) status.textContent = button.getAttribute('data-copied');
          },
          function () {
            input.select();
          },
        );
      });
    });
  });
})();
