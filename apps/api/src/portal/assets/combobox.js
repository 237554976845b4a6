// Searchable pickers (WAI-ARIA combobox + listbox) for long lists: a <select data-combobox>
// (one value or several) or a <fieldset data-combobox> of checkboxes. Typing filters the
// labels as the page shows them, ignoring accents and case ("sen" finds "Sénégal"); chosen
// values show as chips, each removable from the keyboard. The native control stays in the
// form, hidden, and is what gets submitted: without this file it works as before.
(function () {
  'use strict';
  var uid = 0;

  function fold(text) {
    return text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .trim();
  }

  function say(template, label) {
    return (template || '').split('{label}').join(label);
  }

  /** The items of the native control: value, label, and how to read and set their state. */
  function itemsOf(source) {
    if (source.tagName === 'SELECT') {
      return Array.prototype.filter
        .call(source.options, function (o) {
          return o.value !== '';
        })
        .map(function (o) {
          return {
            value: o.value,
            label: o.text,
            key: fold(o.text) + ' ' + fold(o.value),
            get: function () {
              return o.selected;
            },
            set: function (on) {
              o.selected = on;
            },
            control: source,
          };
        });
    }
    return Array.prototype.map.call(
      source.querySelectorAll('input[type="checkbox"]'),
      function (box) {
        var label = box.labels && box.labels[0] ? box.labels[0].textContent.trim() : box.value;
        return {
          value: box.value,
          label: label,
          key: fold(label) + ' ' + fold(box.value),
          get: function () {
            return box.checked;
          },
          set: function (on) {
            box.checked = on;
          },
          control: box,
        };
      },
    );
  }

  function enhance(source) {
    var n = ++uid;
    var data = function (name) {
      return source.getAttribute('data-combobox-' + name) || '';
    };
    var isSelect = source.tagName === 'SELECT';
    var multiple = !isSelect || source.multiple;
    var items = itemsOf(source);

    var widget = document.createElement('div');
    widget.className = 'combobox';
    var chips = document.createElement('ul');
    chips.className = 'combobox-chips';
    chips.setAttribute('aria-label', data('chosen'));
    var input = document.createElement('input');
    input.type = 'text';
    input.autocomplete = 'off';
    input.spellcheck = false;
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('data-combobox-input', '');
    var listbox = document.createElement('ul');
    listbox.id = 'combobox-' + n + '-list';
    listbox.setAttribute('role', 'listbox');
    listbox.hidden = true;
    if (multiple) listbox.setAttribute('aria-multiselectable', 'true');
    input.setAttribute('aria-controls', listbox.id);
    var hint = document.createElement('p');
    hint.id = 'combobox-' + n + '-hint';
    hint.className = 'visually-hidden';
    hint.textContent = data('hint');
    var live = document.createElement('p');
    live.className = 'visually-hidden';
    live.setAttribute('aria-live', 'polite');

    var described = [hint.id];
    if (isSelect) {
      // The label, the error summary's link and aria-describedby now point at the text box.
      var id = source.id;
      source.id = id + '-native';
      input.id = id;
      if (source.getAttribute('aria-describedby'))
        described.push(source.getAttribute('aria-describedby'));
      if (source.getAttribute('aria-invalid')) input.setAttribute('aria-invalid', 'true');
      listbox.setAttribute('aria-labelledby', id + '-label');
      var label = document.querySelector('label[for="' + id + '"]');
      if (label) {
        label.id = label.id || id + '-label';
        listbox.setAttribute('aria-labelledby', label.id);
      }
      source.hidden = true;
      source.tabIndex = -1;
      source.parentNode.insertBefore(widget, source.nextSibling);
    } else {
      var legend = source.querySelector('legend');
      if (legend) {
        legend.id = legend.id || source.id + '-legend';
        input.setAttribute('aria-labelledby', legend.id);
        listbox.setAttribute('aria-labelledby', legend.id);
      }
      var list = source.querySelector('.choice-list');
      if (list) list.hidden = true;
      source.appendChild(widget);
    }
    input.setAttribute('aria-describedby', described.join(' '));
    if (multiple) widget.appendChild(chips);
    widget.appendChild(input);
    widget.appendChild(listbox);
    widget.appendChild(hint);
    widget.appendChild(live);

    var shown = [];
    var active = -1;

    function selectedLabel() {
      var chosen = items.filter(function (i) {
        return i.get();
      })[0];
      return chosen ? chosen.label : '';
    }

    function renderChips() {
      if (!multiple) return;
      chips.textContent = '';
      items.forEach(function (item) {
        if (!item.get()) return;
        var li = document.createElement('li');
        var text = document.createElement('span');
        text.textContent = item.label;
        var remove = document.createElement('button');
        remove.type = 'button';
        remove.className = 'combobox-remove';
        remove.textContent = '×';
        remove.setAttribute('aria-label', say(data('remove'), item.label));
        remove.addEventListener('click', function () {
          var next = li.nextElementSibling || li.previousElementSibling;
          toggle(item, false);
          var button = next && next.querySelector('button');
          (button || input).focus();
        });
        remove.addEventListener('keydown', function (event) {
          if (event.key === 'Backspace' || event.key === 'Delete') {
            event.preventDefault();
            remove.click();
          }
        });
        li.appendChild(text);
        li.appendChild(remove);
        chips.appendChild(li);
      });
      chips.hidden = chips.children.length === 0;
    }

    function open(query) {
      var q = fold(query);
      shown = items.filter(function (i) {
        return q === '' || i.key.indexOf(q) !== -1;
      });
      // Labels starting with what was typed come first ("sen" → Sénégal before Arménie…).
      shown.sort(function (a, b) {
        return (a.key.indexOf(q) === 0 ? 0 : 1) - (b.key.indexOf(q) === 0 ? 0 : 1);
      });
      listbox.textContent = '';
      shown.forEach(function (item, index) {
        var option = document.createElement('li');
        option.id = 'combobox-' + n + '-option-' + index;
        option.setAttribute('role', 'option');
        option.setAttribute('aria-selected', item.get() ? 'true' : 'false');
        option.textContent = item.label;
        option.addEventListener('mousedown', function (event) {
          event.preventDefault(); // keep the focus in the text box
        });
        option.addEventListener('click', function () {
          choose(item);
        });
        listbox.appendChild(option);
      });
      if (shown.length === 0) {
        var none = document.createElement('li');
        none.className = 'combobox-empty';
        none.setAttribute('role', 'presentation');
        none.textContent = data('no-match');
        listbox.appendChild(none);
      }
      listbox.hidden = false;
      input.setAttribute('aria-expanded', 'true');
      activate(shown.length && q !== '' ? 0 : -1);
    }

    function close() {
      listbox.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
      active = -1;
    }

    function activate(index) {
      var options = listbox.querySelectorAll('[role="option"]');
      if (active >= 0 && options[active]) options[active].classList.remove('active');
      active = index;
      if (index < 0 || !options[index]) {
        input.removeAttribute('aria-activedescendant');
        return;
      }
      options[index].classList.add('active');
      input.setAttribute('aria-activedescendant', options[index].id);
      options[index].scrollIntoView({ block: 'nearest' });
    }

    function notify(item) {
      item.control.dispatchEvent(new window.Event('change', { bubbles: true }));
    }

    function toggle(item, on) {
      if (item.get() === on) return;
      item.set(on);
      renderChips();
      live.textContent = say(data(on ? 'added' : 'removed'), item.label);
      notify(item);
    }

    function choose(item) {
      if (multiple) {
        toggle(item, !item.get());
        input.value = '';
        close();
        return;
      }
      items.forEach(function (i) {
        i.set(i === item);
      });
      input.value = item.label;
      live.textContent = say(data('added'), item.label);
      close();
      notify(item);
    }

    input.addEventListener('input', function () {
      open(input.value);
    });
    input.addEventListener('click', function () {
      if (listbox.hidden) open(multiple ? input.value : '');
    });
    input.addEventListener('keydown', function (event) {
      var isOpen = !listbox.hidden;
      if (event.key === 'ArrowDown') {
        event.preventDefault();
        if (!isOpen) open(multiple ? input.value : '');
        else activate(Math.min(active + 1, shown.length - 1));
      } else if (event.key === 'ArrowUp') {
        event.preventDefault();
        if (isOpen) activate(Math.max(active - 1, 0));
      } else if (event.key === 'Enter') {
        // Enter picks the highlighted option; it submits the form only when the list is shut.
        if (isOpen) {
          event.preventDefault();
          if (active >= 0) choose(shown[active]);
        }
      } else if (event.key === 'Escape') {
        if (isOpen) {
          event.preventDefault();
          close();
        }
      } else if (event.key === 'Backspace' && multiple && input.value === '') {
        var chosen = items.filter(function (i) {
          return i.get();
        });
        if (chosen.length) toggle(chosen[chosen.length - 1], false);
      }
    });
    widget.addEventListener('focusout', function (event) {
      if (widget.contains(event.relatedTarget)) return;
      close();
      if (multiple) {
        input.value = '';
        return;
      }
      // One value: an emptied box chooses "all" (the empty option); anything else is undone.
      if (input.value.trim() === '' && source.querySelector('option[value=""]')) {
        if (source.value !== '') {
          source.value = '';
          source.dispatchEvent(new window.Event('change', { bubbles: true }));
        }
      }
      input.value = selectedLabel();
    });

    input.value = multiple ? '' : selectedLabel();
    renderChips();
  }

  document.addEventListener('DOMContentLoaded', function () {
    var sources = document.querySelectorAll('select[data-combobox], fieldset[data-combobox]');
    for (var i = 0; i < sources.length; i++) enhance(sources[i]);
  });
})();
