// The offer editor: one tab per content language (WAI-ARIA tabs) with how many of its four
// fields are filled, and a warning before leaving with unsaved changes. Without this file
// the language fieldsets stay one under the other and nothing warns.
(function () {
  'use strict';

  function languageTabs(section) {
    var fieldsets = Array.prototype.slice.call(
      section.querySelectorAll('fieldset.language-version'),
    );
    if (fieldsets.length < 2) return;
    var filled = [];
    try {
      filled = JSON.parse(section.getAttribute('data-tabs-filled') || '[]');
    } catch {
      filled = [];
    }
    var errorsText = section.getAttribute('data-tabs-errors') || '';
    var tablist = document.createElement('div');
    tablist.setAttribute('role', 'tablist');
    tablist.className = 'language-tabs';
    tablist.setAttribute('aria-label', section.getAttribute('data-tabs-label') || '');
    var tabs = [];
    var panels = [];

    fieldsets.forEach(function (fieldset, index) {
      var language = fieldset.getAttribute('data-language') || String(index);
      var tab = document.createElement('button');
      tab.type = 'button';
      tab.id = 'tab-' + language;
      tab.setAttribute('role', 'tab');
      var name = document.createElement('span');
      name.className = 'tab-name';
      var legend = fieldset.querySelector('legend');
      name.textContent = legend ? legend.textContent.trim() : language;
      var marker = document.createElement('span');
      marker.className = 'tab-marker';
      tab.appendChild(name);
      tab.appendChild(document.createTextNode(' '));
      tab.appendChild(marker);
      if (fieldset.querySelector('.field-error')) {
        var warning = document.createElement('span');
        warning.className = 'tab-errors';
        warning.textContent = errorsText;
        tab.appendChild(document.createTextNode(' '));
        tab.appendChild(warning);
      }
      // The panel wraps the fieldset: a fieldset cannot take the tabpanel role itself.
      var panel = document.createElement('div');
      panel.id = 'panel-' + language;
      panel.setAttribute('role', 'tabpanel');
      panel.setAttribute('aria-labelledby', tab.id);
      panel.tabIndex = 0;
      tab.setAttribute('aria-controls', panel.id);
      fieldset.parentNode.insertBefore(panel, fieldset);
      panel.appendChild(fieldset);
      tablist.appendChild(tab);
      tabs.push(tab);
      panels.push(panel);

      var update = function () {
        var fields = fieldset.querySelectorAll('input, textarea');
        var count = 0;
        for (var i = 0; i < fields.length; i++) if (fields[i].value.trim() !== '') count++;
        marker.textContent = filled[count] || count + '/' + fields.length;
      };
      fieldset.addEventListener('input', update);
      update();
    });
    panels[0].parentNode.insertBefore(tablist, panels[0]);

    function select(index, focus) {
      tabs.forEach(function (tab, i) {
        var on = i === index;
        tab.setAttribute('aria-selected', on ? 'true' : 'false');
        tab.tabIndex = on ? 0 : -1;
        panels[i].hidden = !on;
      });
      if (focus) tabs[index].focus();
    }

    tablist.addEventListener('click', function (event) {
      var tab = event.target.closest('[role="tab"]');
      if (tab) select(tabs.indexOf(tab), false);
    });
    tablist.addEventListener('keydown', function (event) {
      var current = tabs.indexOf(document.activeElement);
      if (current < 0) return;
      var rtl = window.getComputedStyle(tablist).direction === 'rtl';
      var next = null;
      if (event.key === 'ArrowRight') next = rtl ? current - 1 : current + 1;
      else if (event.key === 'ArrowLeft') next = rtl ? current + 1 : current - 1;
      else if (event.key === 'Home') next = 0;
      else if (event.key === 'End') next = tabs.length - 1;
      if (next === null) return;
      event.preventDefault();
      select((next + tabs.length) % tabs.length, true);
    });
    // A link to a field of a hidden language (the error summary's) opens that language first.
    document.addEventListener(
      'click',
      function (event) {
        var link = event.target.closest && event.target.closest('a[href^="#"]');
        if (!link) return;
        var target = document.getElementById(
          decodeURIComponent(link.getAttribute('href').slice(1)),
        );
        var panel = target && target.closest('[role="tabpanel"]');
        if (panel && panels.indexOf(panel) >= 0) select(panels.indexOf(panel), false);
      },
      true,
    );

    var withError = panels.findIndex(function (p) {
      return !!p.querySelector('.field-error');
    });
    select(withError >= 0 ? withError : 0, false);
  }

  function unsavedWarning(form) {
    var message = form.getAttribute('data-unsaved-warning');
    var snapshot = function () {
      return new URLSearchParams(new FormData(form)).toString();
    };
    var saved = form.hasAttribute('data-dirty') ? null : snapshot();
    var leaving = false;
    // After site.js's confirm: a submit it cancelled does not count as leaving.
    document.addEventListener('submit', function (event) {
      if (event.target === form && !event.defaultPrevented) leaving = true;
    });
    window.addEventListener('beforeunload', function (event) {
      if (leaving || snapshot() === saved) return;
      event.preventDefault();
      event.returnValue = message;
      return message;
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var sections = document.querySelectorAll('[data-language-tabs]');
    for (var i = 0; i < sections.length; i++) languageTabs(sections[i]);
    var forms = document.querySelectorAll('form[data-unsaved-warning]');
    for (var j = 0; j < forms.length; j++) unsavedWarning(forms[j]);
  });
})();
