// Search page enhancements. Without this file the form works the same through full page
// loads (the "Apply filters" and "Search" buttons). With it:
// - changing a filter, or pausing while typing, fetches /recherche?…&partial=1 and swaps the
//   results, filters and save forms in place; the address follows (history.replaceState) and
//   a polite live region says how many results there are;
// - the search box suggests offers, organisations and categories (ARIA 1.2 combobox).
(function () {
  'use strict';
  var form = document.getElementById('search-form');
  var input = document.getElementById('f-q');
  if (!form || !input || !window.fetch || !window.URLSearchParams || !window.AbortController) {
    return;
  }
  var status = document.getElementById('search-status');
  var results = document.getElementById('search-results');
  var TYPING_DELAY = 300;
  var SUGGEST_DELAY = 200;
  var pending = null;
  var typingTimer = null;

  // Filters start folded on small screens, unless they hold an error to fix.
  var panel = document.getElementById('filters-panel');
  if (
    panel &&
    window.matchMedia &&
    window.matchMedia('(max-width: 47.99rem)').matches &&
    !document.getElementById('error-summary')
  ) {
    panel.open = false;
  }

  function formParams() {
    var params = new URLSearchParams();
    new FormData(form).forEach(function (value, name) {
      if (typeof value === 'string' && value.trim() !== '') params.append(name, value.trim());
    });
    if (params.get('sort') === 'relevance') params.delete('sort');
    return params;
  }

  function pageUrl(params) {
    var query = params.toString();
    return '/recherche' + (query ? '?' + query : '');
  }

  function refresh(typing) {
    var params = formParams();
    var url = pageUrl(params);
    var fetchParams = new URLSearchParams(params);
    fetchParams.set('partial', '1');
    if (typing) fetchParams.set('typing', '1');
    if (pending) pending.abort();
    var controller = new AbortController();
    pending = controller;
    if (results) {
      results.classList.add('is-loading');
      results.setAttribute('aria-busy', 'true');
    }
    fetch('/recherche?' + fetchParams.toString(), {
      headers: { Accept: 'text/html' },
      credentials: 'same-origin',
      signal: controller.signal,
    })
      .then(function (response) {
        if (response.status >= 500) throw new Error('search failed: ' + response.status);
        return response.text();
      })
      .then(function (html) {
        swap(html);
        history.replaceState(null, '', url);
        announce();
      })
      .catch(function (error) {
        // Offline or a server error: a normal page load shows what happened (not while typing).
        if (error.name !== 'AbortError' && !typing) window.location.href = url;
      })
      .then(function () {
        if (pending === controller) {
          pending = null;
          if (results) {
            results.classList.remove('is-loading');
            results.removeAttribute('aria-busy');
          }
        }
      });
  }

  // Replaces each region's content, keeping the focus on the control that had it.
  function swap(html) {
    var template = document.createElement('template');
    template.innerHTML = html;
    var focused = document.activeElement;
    var focusedId = focused && focused !== document.body ? focused.id : '';
    var regions = template.content.querySelectorAll('[data-region]');
    Array.prototype.forEach.call(regions, function (fresh) {
      var current = document.getElementById(fresh.id);
      if (current) current.innerHTML = fresh.innerHTML;
    });
    if (focusedId && document.activeElement !== focused) {
      var again = document.getElementById(focusedId);
      if (again) again.focus();
    }
  }

  function announce() {
    if (!status) return;
    var title = document.getElementById('results-title');
    var summary = document.getElementById('error-summary');
    var text = title ? title.getAttribute('data-count-text') : '';
    if (summary) text = summary.textContent.replace(/\s+/g, ' ').trim() + ' ' + text;
    // Cleared first so that the same count is read again after a change.
    status.textContent = '';
    window.setTimeout(function () {
      status.textContent = text;
    }, 50);
  }

  form.addEventListener('change', function (event) {
    if (event.target === input) return;
    refresh(false);
  });
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    window.clearTimeout(typingTimer);
    closeList();
    refresh(false);
  });
  input.addEventListener('input', function () {
    window.clearTimeout(typingTimer);
    typingTimer = window.setTimeout(function () {
      refresh(true);
    }, TYPING_DELAY);
    suggest();
  });

  // Suggestions: a listbox owned by the search box (aria-activedescendant keeps the focus
  // in the box; arrows move, Enter chooses, Escape closes).
  var suggestUrl = input.getAttribute('data-suggest-url');
  var kinds = {};
  try {
    kinds = JSON.parse(input.getAttribute('data-suggest-kinds') || '{}');
  } catch {
    kinds = {};
  }
  var list = document.createElement('ul');
  list.id = 'f-q-listbox';
  list.className = 'suggestions';
  list.setAttribute('role', 'listbox');
  var label = document.querySelector('label[for="f-q"]');
  if (label) list.setAttribute('aria-label', label.textContent.trim());
  list.hidden = true;
  input.parentNode.appendChild(list);
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', list.id);
  var items = [];
  var active = -1;
  var suggestTimer = null;
  var suggestPending = null;

  function suggest() {
    window.clearTimeout(suggestTimer);
    var q = input.value.trim();
    if (!q || !suggestUrl) {
      closeList();
      return;
    }
    suggestTimer = window.setTimeout(function () {
      if (suggestPending) suggestPending.abort();
      var controller = new AbortController();
      suggestPending = controller;
      var params = new URLSearchParams({
        q: q.slice(0, 100),
        lang: document.documentElement.lang || 'fr',
        limit: '8',
      });
      fetch(suggestUrl + '?' + params.toString(), {
        headers: { Accept: 'application/json' },
        credentials: 'same-origin',
        signal: controller.signal,
      })
        .then(function (response) {
          return response.ok ? response.json() : [];
        })
        .then(function (suggestions) {
          if (input.value.trim() === q) show(Array.isArray(suggestions) ? suggestions : []);
        })
        .catch(function () {
          // Suggestions are a convenience: the search itself goes on without them.
        });
    }, SUGGEST_DELAY);
  }

  function show(suggestions) {
    items = suggestions;
    active = -1;
    input.removeAttribute('aria-activedescendant');
    list.textContent = '';
    if (!items.length || document.activeElement !== input) {
      closeList();
      return;
    }
    items.forEach(function (s, i) {
      var option = document.createElement('li');
      option.id = 'f-q-option-' + i;
      option.setAttribute('role', 'option');
      option.setAttribute('aria-selected', 'false');
      var text = document.createElement('span');
      text.textContent = String(s.text);
      text.dir = 'auto';
      option.appendChild(text);
      if (kinds[s.kind]) {
        var kind = document.createElement('span');
        kind.className = 'suggestion-kind';
        kind.textContent = kinds[s.kind];
        option.appendChild(kind);
      }
      // Clicking keeps the focus in the search box, then chooses.
      option.addEventListener('mousedown', function (event) {
        event.preventDefault();
      });
      option.addEventListener('click', function () {
        choose(i);
      });
      list.appendChild(option);
    });
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  }

  function closeList() {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  }

  function move(delta) {
    if (!items.length) return;
    if (list.hidden) {
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
    }
    active = (active + delta + items.length) % items.length;
    Array.prototype.forEach.call(list.children, function (option, i) {
      option.setAttribute('aria-selected', i === active ? 'true' : 'false');
    });
    var current = list.children[active];
    input.setAttribute('aria-activedescendant', current.id);
    if (current.scrollIntoView) current.scrollIntoView({ block: 'nearest' });
  }

  function choose(i) {
    var s = items[i];
    closeList();
    if (!s) return;
    window.clearTimeout(typingTimer);
    if (s.kind === 'offer') {
      window.location.href = '/offres/' + encodeURIComponent(s.value);
    } else if (s.kind === 'organisation') {
      // Its readable address when the suggestion has it; the id address redirects there.
      window.location.href = '/organisations/' + encodeURIComponent(s.slug || s.value);
    } else {
      // A category: filter on it rather than search its name.
      input.value = '';
      var box = Array.prototype.find.call(
        form.querySelectorAll('input[name="category"]'),
        function (candidate) {
          return candidate.value === s.value;
        },
      );
      if (box) {
        box.checked = true;
        refresh(false);
      } else {
        var params = formParams();
        params.delete('q');
        params.append('category', s.value);
        window.location.href = pageUrl(params);
      }
    }
  }

  input.addEventListener('keydown', function (event) {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      move(1);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      move(-1);
    } else if (event.key === 'Enter') {
      if (!list.hidden && active >= 0) {
        event.preventDefault();
        choose(active);
      }
    } else if (event.key === 'Escape') {
      if (!list.hidden) {
        event.preventDefault();
        closeList();
      }
    }
  });
  input.addEventListener('blur', closeList);
})();
