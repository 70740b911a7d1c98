/* concept-graph page: every interface text in English and Dutch. */
(function (CG) {
  "use strict";
  CG.TEXT = {
    en: {
      search: "Search",
      searchHint: "Search a concept (English or Dutch)\u2026",
      fit: "Fit to screen",
      panels: "Paths and legend",
      language: "Language",
      graph: "Concept graph",
      graphKeys: "Concept graph: arrow keys move the view, + and \u2212 zoom",
      wheelHint: "Click the drawing, or hold Ctrl (\u2318 on a Mac), to zoom with the wheel",
      close: "Close",
      paths: "Find paths",
      from: "From",
      to: "To",
      find: "Find",
      swap: "Swap",
      clear: "Clear",
      legend: "Categories",
      legendHint: "Click a category to hide or show it.",
      communities: "Communities",
      communitiesHint: "The data gives no categories: colours show communities (Louvain), each named after its best-connected member. Click one to hide or show it.",
      showAll: "Show all categories",
      edgeKey: "Relations",
      increases: "increases",
      decreases: "decreases",
      mayIncrease: "may increase",
      mayDecrease: "may decrease",
      unsigned: "no direction stated",
      weightKey: "thicker: more weight ({low} to {high})",
      weight: "Weight",
      unclear: "unclear",
      hedged: "stated with a reservation (may)",
      against: "no effect: against an arrow",
      links: ", {n} against an arrow",
      anyWayNote: "Directions are ignored: a step that goes against its claim is drawn \u2190 and its chain has no effect.",
      mixed: "mixed",
      noPath: "no path",
      category: "Category",
      synonyms: "Also called",
      otherLabel: "In Dutch",
      relations: "Relations",
      relationsShown: "{k} of {n} shown, the strongest first.",
      showAllRelations: "Show all {n}",
      source: "Source",
      section: "Section",
      published: "published",
      evidence: "Evidence",
      effect: "Effect",
      pathsFrom: "Paths from here",
      pathsTo: "Paths to here",
      chooseNode: "Choose a concept from the suggestions.",
      notFound: "No concept matches \u201c{q}\u201d.",
      same: "Choose two different concepts.",
      noPaths: "No path of at most {n} steps leads from {a} to {b}.",
      tried: "Tried: every chain that follows the arrows from {a}, up to {n} steps; it reaches {k} other concepts, {b} not among them.",
      triedNone: "Tried: no arrow leads away from {a}.",
      triedOne: "Tried: every chain that follows the arrows from {a}, up to {n} steps; it reaches 1 other concept, {b} not among them.",
      back: "The other way round, {k} paths lead from {a} to {b}: show them",
      backOne: "The other way round, 1 path leads from {a} to {b}: show it",
      didYouMean: "Did you mean",
      or: "or",
      anyWay: "Following the arrows there is none; {n} paths if directions are ignored: build with --undirected.",
      anyWayOne: "Following the arrows there is none; 1 path if directions are ignored: build with --undirected.",
      moreThan: "more than {n}",
      netEffect: "Net effect of {a} on {b}:",
      counts: "{inc} increase, {dec} decrease, {unc} unclear",
      more: "Only the first {n} paths are shown; there are more.",
      steps: "{n} steps",
      step: "1 step",
      hiddenAll: "All categories are hidden.",
      shownFor: "Shown because it lies on the chosen path.",
      chain: "Chain",
      noEvidence: "(no evidence given)",
      nodes: "{n} concepts, {m} relations",
      nodesShown: "{k} of {n} concepts shown, {j} of {m} relations"
    },
    nl: {
      search: "Zoeken",
      searchHint: "Zoek een begrip (Nederlands of Engels)\u2026",
      fit: "Alles in beeld",
      panels: "Paden en legenda",
      language: "Taal",
      graph: "Begrippengraaf",
      graphKeys: "Begrippengraaf: pijltjestoetsen verschuiven het beeld, + en \u2212 zoomen",
      wheelHint: "Klik op de tekening, of houd Ctrl (\u2318 op een Mac) ingedrukt, om met het wieltje te zoomen",
      close: "Sluiten",
      paths: "Paden zoeken",
      from: "Van",
      to: "Naar",
      find: "Zoek",
      swap: "Omdraaien",
      clear: "Wissen",
      legend: "Categorie\u00ebn",
      legendHint: "Klik op een categorie om die te verbergen of te tonen.",
      communities: "Gemeenschappen",
      communitiesHint: "De gegevens noemen geen categorie\u00ebn: kleuren tonen gemeenschappen (Louvain), elk genoemd naar het best verbonden lid. Klik erop om ze te verbergen of te tonen.",
      showAll: "Alle categorie\u00ebn tonen",
      edgeKey: "Relaties",
      increases: "verhoogt",
      decreases: "verlaagt",
      mayIncrease: "kan verhogen",
      mayDecrease: "kan verlagen",
      unsigned: "geen richting vermeld",
      weightKey: "dikker: zwaarder gewicht ({low} tot {high})",
      weight: "Gewicht",
      unclear: "onduidelijk",
      hedged: "met voorbehoud gesteld (kan)",
      against: "geen effect: tegen een pijl in",
      links: ", {n} tegen een pijl in",
      anyWayNote: "De richting telt niet: een stap tegen zijn bewering in staat als \u2190 en zijn keten heeft geen effect.",
      mixed: "gemengd",
      noPath: "geen pad",
      category: "Categorie",
      synonyms: "Ook genoemd",
      otherLabel: "In het Engels",
      relations: "Relaties",
      relationsShown: "{k} van {n} getoond, de sterkste eerst.",
      showAllRelations: "Toon alle {n}",
      source: "Bron",
      section: "Sectie",
      published: "gepubliceerd",
      evidence: "Onderbouwing",
      effect: "Effect",
      pathsFrom: "Paden vanaf hier",
      pathsTo: "Paden hierheen",
      chooseNode: "Kies een begrip uit de suggesties.",
      notFound: "Geen begrip past bij \u201c{q}\u201d.",
      same: "Kies twee verschillende begrippen.",
      noPaths: "Geen pad van hoogstens {n} stappen leidt van {a} naar {b}.",
      tried: "Geprobeerd: elke keten die de pijlen volgt vanaf {a}, tot {n} stappen; die bereikt {k} andere begrippen, {b} niet.",
      triedNone: "Geprobeerd: geen pijl leidt weg van {a}.",
      triedOne: "Geprobeerd: elke keten die de pijlen volgt vanaf {a}, tot {n} stappen; die bereikt 1 ander begrip, {b} niet.",
      back: "Andersom leiden {k} paden van {a} naar {b}: toon ze",
      backOne: "Andersom leidt 1 pad van {a} naar {b}: toon het",
      didYouMean: "Bedoelde je",
      or: "of",
      anyWay: "Langs de pijlen is er geen; {n} paden als de richting niet telt: bouw met --undirected.",
      anyWayOne: "Langs de pijlen is er geen; 1 pad als de richting niet telt: bouw met --undirected.",
      moreThan: "meer dan {n}",
      netEffect: "Netto-effect van {a} op {b}:",
      counts: "{inc} verhogend, {dec} verlagend, {unc} onduidelijk",
      more: "Alleen de eerste {n} paden staan hier; er zijn er meer.",
      steps: "{n} stappen",
      step: "1 stap",
      hiddenAll: "Alle categorie\u00ebn zijn verborgen.",
      shownFor: "Getoond omdat het op het gekozen pad ligt.",
      chain: "Keten",
      noEvidence: "(geen onderbouwing vermeld)",
      nodes: "{n} begrippen, {m} relaties",
      nodesShown: "{k} van {n} begrippen getoond, {j} van {m} relaties"
    }
  };

  /* The text for key in lang, with {name} placeholders filled from values (as plain text). */
  CG.t = function (lang, key, values) {
    var text = (CG.TEXT[lang] || CG.TEXT.en)[key];
    if (text === undefined) { text = CG.TEXT.en[key] || key; }
    return text.replace(/\{(\w+)\}/g, function (whole, name) {
      return values && values[name] !== undefined ? String(values[name]) : whole;
    });
  };
  /* CG.t as a list of pieces: our text, and each value as given (so that {user: text} values
     can be isolated by CG.panels.mixed). */
  CG.tParts = function (lang, key, values) {
    var text = CG.t(lang, key, {});
    var parts = [];
    var last = 0;
    text.replace(/\{(\w+)\}/g, function (whole, name, at) {
      if (values && values[name] !== undefined) {
        parts.push(text.slice(last, at), typeof values[name] === "object" ? values[name] : String(values[name]));
        last = at + whole.length;
      }
      return whole;
    });
    parts.push(text.slice(last));
    return parts;
  };
}(window.CG = window.CG || {}));
