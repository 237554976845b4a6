// "Select all" for a list of checkboxes: <input type="checkbox" data-select-all="name"> ticks
// or clears every checkbox of that name in its form. Hidden without this file: each box
// still works on its own.
(function () {
  'use strict';
  function enhance(master) {
    var form = master.form;
    var name = master.getAttribute('data-select-all');
    if (!form || !name) return;
    function boxes() {
      return Array.prototype.filter.call(form.elements, function (e) {
        return e.type === 'checkbox' && e.name === name;
      });
    }
    function sync() {
      var all = boxes();
      var ticked = all.filter(function (b) {
        return b.checked;
      }).length;
      master.checked = all.length > 0 && ticked === all.length;
      master.indeterminate = ticked > 0 && ticked < all.length;
    }
    master.addEventListener('change', function () {
      boxes().forEach(function (b) {
        b.checked = master.checked;
      });
    });
    form.addEventListener('change', function (event) {
      if (event.target !== master && event.target.name === name) sync();
    });
    var wrapper = master.closest('[hidden]');
    if (wrapper) wrapper.hidden = false;
    sync();
  }
  document.addEventListener('DOMContentLoaded', function () {
    var masters = document.querySelectorAll('input[type="checkbox"][data-select-all]');
    for (var i = 0; i < masters.length; i++) enhance(masters[i]);
  });
})();
