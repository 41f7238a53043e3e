/*
 * Workaround for two English strings that wagtail-localize (1.14.5) writes into its
 * translation editor from JavaScript without passing them through gettext, so no
 * catalogue can translate them: the heading "<source> to <target> translation" and the
 * screen-reader text "More actions" of its header menu (client/src/components/
 * TranslationEditor in wagtail/wagtail-localize). In the Dutch admin they become
 * "Vertaling <source> naar <target>" and "Meer acties". Delete this file and its
 * `insert_global_admin_js` hook in home/wagtail_hooks.py when upstream translates them.
 */
(function () {
  "use strict";
  if (!(document.documentElement.lang || "").toLowerCase().startsWith("nl")) {
    return;
  }
  var HEADING = /^(.+) to (.+) translation$/;

  function translate(root) {
    var walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    var node;
    while ((node = walker.nextNode())) {
      var text = node.nodeValue.trim();
      var match = HEADING.exec(text);
      if (match) {
        node.nodeValue = "Vertaling " + match[1] + " naar " + match[2];
      } else if (text === "More actions") {
        node.nodeValue = "Meer acties";
      }
    }
  }

  function start() {
    var editor = document.querySelector(".js-translation-editor");
    if (!editor) {
      return;
    }
    translate(editor);
    new MutationObserver(function () {
      translate(editor);
    }).observe(editor, { childList: true, subtree: true, characterData: true });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
