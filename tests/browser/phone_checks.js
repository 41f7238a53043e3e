/* Phone checks for one loaded page, run in the page by tests/browser/test_phone.py (one
   page.evaluate per page). Returns every finding; an empty list of each kind is a pass.

   - overflow: the document scrolls sideways, or an element or text sticks out of the
     viewport (WCAG 1.4.10 Reflow). Parts clipped by a scroll container or visually hidden
     (1 px, the honeypot) do not count.
   - hiddenTargets: after activating an in-page link (skip link, table of contents, error
     summary) its target, and for a form control its question (legend or label), is not
     fully visible below every sticky or fixed element (WCAG 2.2 2.4.11).
   - hiddenFocus: a control that receives focus while it sits under the sticky bar stays
     hidden there (the browser did not scroll it out: no scroll-padding) (2.4.11).
   - smallTargets: a link or control smaller than 24 x 24 CSS px that neither sits inline
     in a sentence nor has room around it (the 2.5.8 spacing exception); the exit button
     and crisis numbers need 44 x 44 in one piece.
   - crisis: a crisis number broken over two lines, or written as plain text instead of a
     tel: link.
   - axe: axe-core violations for the rule tags given (when axe is loaded).
*/
async ({ crisisNumbers, axeTags, limit }) => {
    const root = document.documentElement;
    const viewportWidth = root.clientWidth;
    const viewportHeight = window.innerHeight;
    const findings = { overflow: [], hiddenTargets: [], hiddenFocus: [], smallTargets: [], crisis: [], axe: [] };
    const round = (n) => Math.round(n);

    function describe(el) {
        if (!el || el.nodeType !== 1) return String(el);
        let name = el.tagName.toLowerCase();
        if (el.id) name += "#" + el.id;
        else if (el.classList.length) name += "." + [...el.classList].slice(0, 2).join(".");
        const text = (el.getAttribute("aria-label") || el.textContent || el.value || "").trim().replace(/\s+/g, " ");
        return text ? `${name} "${text.slice(0, 40)}"` : name;
    }

    function isRendered(el) {
        // Not in a closed <details> (content-visibility), not display:none or hidden.
        if (el.checkVisibility && !el.checkVisibility({ visibilityProperty: true, checkVisibilityCSS: true })) return false;
        const style = getComputedStyle(el);
        if (style.visibility === "hidden" || style.display === "none") return false;
        const box = el.getBoundingClientRect();
        return box.width > 1 && box.height > 1;
    }

    /* The part of `box` left after every clipping ancestor of `el` (overflow other than
       visible, or a clip rectangle); null when nothing of it can be seen. */
    function clippedBox(el, box) {
        let left = box.left, right = box.right, top = box.top, bottom = box.bottom;
        for (let node = el.parentElement; node && node !== root; node = node.parentElement) {
            const style = getComputedStyle(node);
            const clipsX = style.overflowX !== "visible" || style.clip !== "auto";
            const clipsY = style.overflowY !== "visible" || style.clip !== "auto";
            if (!clipsX && !clipsY) continue;
            const frame = node.getBoundingClientRect();
            if (clipsX) { left = Math.max(left, frame.left); right = Math.min(right, frame.right); }
            if (clipsY) { top = Math.max(top, frame.top); bottom = Math.min(bottom, frame.bottom); }
            if (right - left <= 1 || bottom - top <= 1) return null;
        }
        return { left, right, top, bottom };
    }

    /* 1. Reflow */
    window.scrollTo(0, 0);
    const overflowing = [];
    if (root.scrollWidth > viewportWidth) {
        findings.overflow.push(`the page is ${root.scrollWidth} px wide in a ${viewportWidth} px viewport`);
    }
    for (const el of document.body.querySelectorAll("*")) {
        if (!isRendered(el)) continue;
        const visible = clippedBox(el, el.getBoundingClientRect());
        if (visible && (visible.right > viewportWidth + 0.5 || visible.left < -0.5)) {
            // Report the outermost culprit only: its children stick out with it.
            if (!overflowing.some((outer) => outer.contains(el))) overflowing.push(el);
        }
    }
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let text = walker.nextNode(); text; text = walker.nextNode()) {
        if (!text.data.trim() || !text.parentElement || !isRendered(text.parentElement)) continue;
        if (overflowing.some((outer) => outer.contains(text))) continue;
        const range = document.createRange();
        range.selectNodeContents(text);
        const visible = clippedBox(text.parentElement, range.getBoundingClientRect());
        if (visible && (visible.right > viewportWidth + 0.5 || visible.left < -0.5)) overflowing.push(text.parentElement);
    }
    for (const el of overflowing.slice(0, limit)) {
        const box = el.getBoundingClientRect();
        findings.overflow.push(`${describe(el)} spans ${round(box.left)}..${round(box.right)} px`);
    }

    /* Sticky and fixed elements: what can cover content after scrolling. */
    const covering = [...document.body.querySelectorAll("*")].filter((el) => {
        const position = getComputedStyle(el).position;
        return (position === "sticky" || position === "fixed") && isRendered(el);
    });

    /* Whether `box` lies in the viewport and under none of the covering elements; a box
       taller than the free space needs 2 em of it to be seen (WCAG 2.4.11: not hidden). */
    function obscuredBy(box, self) {
        const freeTop = Math.max(0, ...covering.filter((c) => !c.contains(self)).map((c) => {
            const cover = c.getBoundingClientRect();
            const overlapsX = cover.left < box.right && cover.right > box.left;
            return overlapsX && cover.top <= 1 ? cover.bottom : 0;
        }));
        if (box.bottom - box.top > viewportHeight - freeTop) {
            // Taller than the free space: at least 2 em of it must show below the sticky bar.
            const shown = Math.min(box.bottom, viewportHeight) - Math.max(box.top, freeTop);
            return shown >= 32 ? null : `only ${round(Math.max(shown, 0))} px of it shows below a sticky element ending at ${round(freeTop)} px`;
        }
        if (box.top < freeTop - 0.5) return `its top is at ${round(box.top)} px, under a sticky element ending at ${round(freeTop)} px`;
        if (box.bottom > viewportHeight + 0.5) return `it ends at ${round(box.bottom)} px, below the ${viewportHeight} px viewport`;
        return null;
    }

    /* The question a form control belongs to: the legend of its fieldset, or its label. */
    function questionOf(control) {
        if (!control.matches("input, select, textarea")) return null;
        const fieldset = control.closest("fieldset");
        if (fieldset && control.matches("[type=radio], [type=checkbox]")) {
            const legend = fieldset.querySelector("legend");
            if (legend) return legend;
        }
        return control.labels && control.labels.length ? control.labels[0] : null;
    }

    /* 2. In-page links: activate each, then look at its target and the target's question. */
    const here = location.href.split("#")[0];
    const inPageLinks = [...document.querySelectorAll("a[href*='#']")].filter(
        (a) => a.href.split("#")[0] === here && a.hash.length > 1
    );
    for (const link of inPageLinks) {
        const target = document.getElementById(decodeURIComponent(link.hash.slice(1)));
        if (!target) {
            findings.hiddenTargets.push(`${describe(link)} points to ${link.hash}, which is not on the page`);
            continue;
        }
        window.scrollTo(0, 0);
        link.click(); // a fragment navigation scrolls at once
        for (const part of [target, questionOf(target)].filter(Boolean)) {
            const problem = obscuredBy(part.getBoundingClientRect(), part);
            if (problem) findings.hiddenTargets.push(`${describe(link)} -> ${describe(part)}: ${problem}`);
        }
    }

    /* 3. Focus moving to a control that sits under the sticky bar. */
    window.scrollTo(0, root.scrollHeight);
    const stickyBottom = Math.max(0, ...covering.map((c) => {
        const cover = c.getBoundingClientRect();
        return cover.top <= 1 ? cover.bottom : 0;
    }));
    const focusable = [...document.querySelectorAll(
        "a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex]:not([tabindex='-1'])"
    )].filter((el) => !el.disabled && el.tabIndex >= 0 && isRendered(el) && !covering.some((c) => c.contains(el)));
    if (stickyBottom > 0) {
        for (const el of focusable) {
            document.activeElement && document.activeElement.blur && document.activeElement.blur();
            const top = el.getBoundingClientRect().top + window.scrollY;
            if (top < stickyBottom + 8) continue; // at the top of the page: never under the bar
            window.scrollTo(0, top - 2); // the control now sits just under the top edge
            if (Math.abs(el.getBoundingClientRect().top - 2) > 1) continue; // the page cannot scroll that far
            el.focus();
            if (document.activeElement !== el) continue; // cannot take focus here
            const problem = obscuredBy(el.getBoundingClientRect(), el);
            if (problem) findings.hiddenFocus.push(`${describe(el)}: ${problem}`);
        }
        document.activeElement && document.activeElement.blur && document.activeElement.blur();
    }
    window.scrollTo(0, 0);

    /* 4. Target size */
    const digits = (s) => s.replace(/[^\d+]/g, "");
    const crisisDigits = crisisNumbers.map(digits);
    const isCrisisLink = (a) => a.matches("a[href^='tel:']") && crisisDigits.includes(digits(a.getAttribute("href")));
    const targets = [...document.querySelectorAll(
        "a[href], button, input:not([type=hidden]), select, textarea, summary"
    )].filter((el) => isRendered(el) && el.getBoundingClientRect().bottom + window.scrollY > 0 && clippedBox(el, el.getBoundingClientRect()));

    function targetBox(el) {
        // A check box or radio button is clicked on its label as well (adjacent, one row).
        let box = el.getBoundingClientRect();
        let { left, right, top, bottom } = box;
        if (el.matches("[type=radio], [type=checkbox]") && el.labels) {
            for (const label of el.labels) {
                const lb = label.getBoundingClientRect();
                left = Math.min(left, lb.left); right = Math.max(right, lb.right);
                top = Math.min(top, lb.top); bottom = Math.max(bottom, lb.bottom);
            }
        }
        return { left, right, top, bottom, width: right - left, height: bottom - top };
    }

    /* WCAG 2.5.8 "inline": a link in a sentence (its block has text besides the link). */
    function isInline(el) {
        if (el.tagName !== "A" || getComputedStyle(el).display !== "inline") return false;
        let block = el.parentElement;
        while (block && getComputedStyle(block).display.startsWith("inline")) block = block.parentElement;
        if (!block) return false;
        const own = el.textContent.replace(/\s+/g, "");
        const all = block.textContent.replace(/\s+/g, "");
        return all.replace(own, "").replace(/[.,:;!?()\-–]/g, "").length > 0;
    }

    const boxes = new Map(targets.map((el) => [el, targetBox(el)]));
    const undersized = targets.filter((el) => {
        const box = boxes.get(el);
        return (box.width < 23.95 || box.height < 23.95) && !isInline(el);
    });
    const center = (box) => ({ x: (box.left + box.right) / 2, y: (box.top + box.bottom) / 2 });
    const distanceToBox = (p, box) => Math.hypot(
        Math.max(box.left - p.x, 0, p.x - box.right), Math.max(box.top - p.y, 0, p.y - box.bottom)
    );
    for (const el of undersized) {
        const box = boxes.get(el);
        const c = center(box);
        const crowded = targets.find((other) => {
            if (other === el || other.contains(el) || el.contains(other)) return false;
            const otherBox = boxes.get(other);
            if (undersized.includes(other)) {
                const oc = center(otherBox);
                return Math.hypot(c.x - oc.x, c.y - oc.y) < 24;
            }
            return distanceToBox(c, otherBox) < 12;
        });
        if (crowded) {
            findings.smallTargets.push(`${describe(el)} is ${round(box.width)}x${round(box.height)} px, too close to ${describe(crowded)}`);
        }
    }
    for (const el of targets.filter((t) => t.matches(".exit__button") || isCrisisLink(t))) {
        const parts = el.getClientRects();
        const box = el.getBoundingClientRect();
        if (parts.length !== 1 || box.width < 43.95 || box.height < 43.95) {
            findings.smallTargets.push(`${describe(el)} is ${round(box.width)}x${round(box.height)} px in ${parts.length} part(s); needs 44x44 in one`);
        }
    }

    /* 5. Crisis numbers: never broken, always a tel: link. */
    const numberPattern = new RegExp(
        "(?:^|[^\\d])(" + crisisNumbers.map((n) => n.replace(/[-\s]/g, "[-\\s\u00a0\u2011]?")).join("|") + ")(?![\\d])", "g"
    );
    const textWalker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let text = textWalker.nextNode(); text; text = textWalker.nextNode()) {
        const parent = text.parentElement;
        if (!parent || !isRendered(parent) || parent.closest("script, style, title, .visually-hidden, option")) continue;
        for (const match of text.data.matchAll(numberPattern)) {
            const start = match.index + match[0].indexOf(match[1]);
            const range = document.createRange();
            range.setStart(text, start);
            range.setEnd(text, start + match[1].length);
            const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => round(r.top)));
            if (lines.size > 1) findings.crisis.push(`${match[1]} in ${describe(parent)} is broken over ${lines.size} lines`);
            const link = parent.closest("a[href^='tel:']");
            if (!link && !parent.closest("a, button, label, input, textarea")) {
                findings.crisis.push(`${match[1]} in ${describe(parent)} is text, not a tel: link`);
            }
        }
    }

    /* 6. axe-core */
    if (window.axe && axeTags.length) {
        const result = await window.axe.run(document, {
            runOnly: { type: "tag", values: axeTags },
            resultTypes: ["violations"],
        });
        findings.axe = result.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`);
    }
    return findings;
}
