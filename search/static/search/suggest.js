/* Suggestions as you type for the search field: fills the field's <datalist> with matching
   titles. Progressive enhancement only; the search works the same without it. */
(function () {
    "use strict";

    var DELAY_MS = 200;
    var MIN_LENGTH = 2;

    function setUp(input) {
        var list = document.getElementById(input.getAttribute("list"));
        var url = input.getAttribute("data-suggest-url");
        if (!list || !url || !window.fetch) return;
        var timer = null;
        var latest = "";

        function show(titles) {
            while (list.firstChild) list.removeChild(list.firstChild);
            titles.forEach(function (title) {
                var option = document.createElement("option");
                option.value = title;
                list.appendChild(option);
            });
        }

        function load() {
            var text = input.value.trim();
            if (text.length < MIN_LENGTH || text === latest) return;
            latest = text;
            fetch(url + "&q=" + encodeURIComponent(text), { headers: { Accept: "application/json" }, credentials: "same-origin" })
                .then(function (response) { return response.ok ? response.json() : { suggestions: [] }; })
                .then(function (data) {
                    if (text !== latest) return;
                    show((data.suggestions || []).map(function (item) { return item.title; }));
                })
                .catch(function () { /* suggestions are optional */ });
        }

        input.addEventListener("input", function () {
            window.clearTimeout(timer);
            timer = window.setTimeout(load, DELAY_MS);
        });
    }

    function init() {
        document.querySelectorAll("input[data-suggest-url][list]").forEach(setUp);
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", init);
    } else {
        init();
    }
})();
