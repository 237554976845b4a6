// Small progressive enhancements; every page works without this file.
(function () {
  'use strict';
  // Destructive buttons ask first: <button data-confirm="Sure?">.
  document.addEventListener('submit', function (event) {
    var submitter = event.submitter;
    var message =
      (submitter && submitter.getAttribute('data-confirm')) ||
      event.target.getAttribute('data-confirm');
    if (message && !window.confirm(message)) event.preventDefault();
  });
  // A form with errors brings the reader to its summary.
  document.addEventListener('DOMContentLoaded', function () {
    var summary = document.getElementById('error-summary');
    if (summary) summary.focus();
  });
})();
