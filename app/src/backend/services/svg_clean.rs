//! SVG logos are parsed and rebuilt, never filtered as text.
//!
//! Design: the upload is parsed with `roxmltree` (a maintained, read-only XML parser; DTDs and
//! so custom entities are refused) into a tree whose names carry their resolved namespace and
//! whose values have every entity and character reference decoded. A new document is written
//! from that tree, keeping only elements of the SVG namespace on an allow-list of shapes,
//! text, gradients, clipping, masks and filters, and only attributes on an allow-list of
//! geometry and presentation; everything else is left out with its content. References
//! (`href`, `url(…)` in any value) must point inside the document (`#id`), or be an embedded
//! PNG, JPEG, GIF or WebP for `<image>`. So `<x:script>` in the SVG namespace, an
//! entity-encoded `javascript:` and an external `href` cannot survive, however they are
//! spelled. Logos are also served with a sandboxing CSP and shown only through `<img>`.

use crate::error::AppError;
use roxmltree::{Document, Node, NodeType, ParsingOptions};

const SVG_NS: &str = "http://www.w3.org/2000/svg";
const XLINK_NS: &str = "http://www.w3.org/1999/xlink";

pub const UNREADABLE: &str = "This SVG could not be read. Export it again as a plain SVG file.";
pub const EMPTY: &str =
    "This SVG has nothing a logo can show once scripts, links and external content are left out.";

const ELEMENTS: &[&str] = &[
    "svg",
    "g",
    "defs",
    "symbol",
    "use",
    "title",
    "desc",
    "path",
    "rect",
    "circle",
    "ellipse",
    "line",
    "polyline",
    "polygon",
    "text",
    "tspan",
    "textPath",
    "image",
    "linearGradient",
    "radialGradient",
    "stop",
    "clipPath",
    "mask",
    "pattern",
    "marker",
    "filter",
    "feBlend",
    "feColorMatrix",
    "feComposite",
    "feDropShadow",
    "feFlood",
    "feGaussianBlur",
    "feMerge",
    "feMergeNode",
    "feOffset",
];

const ATTRIBUTES: &[&str] = &[
    "id",
    "class",
    "viewBox",
    "preserveAspectRatio",
    "width",
    "height",
    "x",
    "y",
    "x1",
    "y1",
    "x2",
    "y2",
    "cx",
    "cy",
    "r",
    "rx",
    "ry",
    "fx",
    "fy",
    "fr",
    "d",
    "points",
    "pathLength",
    "transform",
    "fill",
    "fill-opacity",
    "fill-rule",
    "stroke",
    "stroke-width",
    "stroke-linecap",
    "stroke-linejoin",
    "stroke-miterlimit",
    "stroke-dasharray",
    "stroke-dashoffset",
    "stroke-opacity",
    "opacity",
    "color",
    "display",
    "visibility",
    "overflow",
    "clip-path",
    "clip-rule",
    "clipPathUnits",
    "mask",
    "maskUnits",
    "maskContentUnits",
    "filter",
    "filterUnits",
    "primitiveUnits",
    "font-family",
    "font-size",
    "font-weight",
    "font-style",
    "text-anchor",
    "dominant-baseline",
    "letter-spacing",
    "word-spacing",
    "dx",
    "dy",
    "rotate",
    "textLength",
    "lengthAdjust",
    "startOffset",
    "offset",
    "stop-color",
    "stop-opacity",
    "gradientUnits",
    "gradientTransform",
    "spreadMethod",
    "patternUnits",
    "patternContentUnits",
    "patternTransform",
    "markerWidth",
    "markerHeight",
    "markerUnits",
    "refX",
    "refY",
    "orient",
    "marker-start",
    "marker-mid",
    "marker-end",
    "in",
    "in2",
    "result",
    "stdDeviation",
    "mode",
    "operator",
    "k1",
    "k2",
    "k3",
    "k4",
    "values",
    "type",
    "flood-color",
    "flood-opacity",
    "color-interpolation-filters",
    "vector-effect",
    "paint-order",
    "shape-rendering",
    "text-rendering",
    "image-rendering",
    "mix-blend-mode",
    "style",
];

const IMAGE_DATA: [&str; 4] = [
    "data:image/png;",
    "data:image/jpeg;",
    "data:image/gif;",
    "data:image/webp;",
];

/// Every `url(` in `value` points inside the document, and nothing looks like script or an
/// import (in `style`, CSS escapes could spell anything, so a backslash is refused too).
fn safe_value(value: &str) -> bool {
    let lower = value.to_ascii_lowercase();
    if lower.contains("javascript:")
        || lower.contains("expression(")
        || lower.contains("@import")
        || lower.contains('\\')
    {
        return false;
    }
    let mut rest = lower.as_str();
    while let Some(at) = rest.find("url(") {
        rest = rest[at + 4..].trim_start_matches([' ', '"', '\'']);
        if !rest.starts_with('#') {
            return false;
        }
    }
    true
}

fn safe_href(element: &str, value: &str) -> bool {
    let v = value.trim();
    v.starts_with('#')
        || (element == "image"
            && IMAGE_DATA
                .iter()
                .any(|p| v.len() > p.len() && v[..p.len()].eq_ignore_ascii_case(p)))
}

fn escape(out: &mut String, text: &str, attribute: bool) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' if attribute => out.push_str("&quot;"),
            _ => out.push(c),
        }
    }
}

/// Writes `node` and what it keeps of its children; false when the element is left out.
fn write_element(node: Node<'_, '_>, out: &mut String, shapes: &mut usize) -> bool {
    let tag = node.tag_name();
    let name = tag.name();
    if tag.namespace() != Some(SVG_NS) || !ELEMENTS.contains(&name) {
        return false;
    }
    if !matches!(name, "svg" | "g" | "defs" | "title" | "desc") {
        *shapes += 1;
    }
    out.push('<');
    out.push_str(name);
    if name == "svg" && node.parent().is_some_and(|p| p.is_root()) {
        out.push_str(" xmlns=\"");
        out.push_str(SVG_NS);
        out.push('"');
    }
    for a in node.attributes() {
        let local = a.name();
        let keep = match a.namespace() {
            None if local == "href" => safe_href(name, a.value()),
            Some(XLINK_NS) if local == "href" => safe_href(name, a.value()),
            None => ATTRIBUTES.contains(&local) && safe_value(a.value()),
            Some(_) => false,
        };
        if keep {
            out.push(' ');
            out.push_str(local);
            out.push_str("=\"");
            escape(out, a.value(), true);
            out.push('"');
        }
    }
    out.push('>');
    for child in node.children() {
        match child.node_type() {
            NodeType::Element => {
                write_element(child, out, shapes);
            }
            NodeType::Text if matches!(name, "text" | "tspan" | "textPath" | "title" | "desc") => {
                escape(out, child.text().unwrap_or_default(), false)
            }
            _ => {}
        }
    }
    out.push_str("</");
    out.push_str(name);
    out.push('>');
    true
}

/// The SVG rebuilt from its allow-listed parts, or why it cannot be a logo.
pub fn clean(bytes: &[u8]) -> Result<Vec<u8>, AppError> {
    let text = std::str::from_utf8(bytes).map_err(|_| AppError::field("logo", UNREADABLE))?;
    let options = ParsingOptions {
        allow_dtd: false,
        nodes_limit: 100_000,
    };
    let doc = Document::parse_with_options(text, options).map_err(|e| {
        tracing::info!(error = %e, "an SVG logo could not be parsed");
        AppError::field("logo", UNREADABLE)
    })?;
    let mut out = String::with_capacity(text.len());
    let mut shapes = 0;
    if !write_element(doc.root_element(), &mut out, &mut shapes) || shapes == 0 {
        return Err(AppError::field("logo", EMPTY));
    }
    Ok(out.into_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cleaned(svg: &str) -> String {
        String::from_utf8(clean(svg.as_bytes()).expect(svg)).unwrap()
    }

    #[test]
    fn keeps_a_plain_logo() {
        let out = cleaned(
            r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><defs><linearGradient id="g"><stop offset="0" stop-color="#f00"/></linearGradient></defs><rect width="10" height="10" fill="url(#g)"/><text x="1" y="8">A &amp; B</text></svg>"##,
        );
        assert!(out.starts_with(r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">"#));
        assert!(out.contains(r##"fill="url(#g)""##));
        assert!(out.contains("A &amp; B"));
    }

    #[test]
    fn drops_scripts_however_spelled() {
        let out = cleaned(
            r#"<svg xmlns="http://www.w3.org/2000/svg" xmlns:x="http://www.w3.org/2000/svg" onload="alert(1)"><x:script>alert(2)</x:script><script>alert(3)</script><foreignObject><div/></foreignObject><circle r="1"/></svg>"#,
        );
        assert!(!out.contains("script") && !out.contains("alert"), "{out}");
        assert!(
            !out.contains("onload") && !out.contains("foreignObject"),
            "{out}"
        );
        assert!(out.contains("<circle r=\"1\"></circle>"));
    }

    #[test]
    fn drops_external_and_encoded_references() {
        let out = cleaned(
            r##"<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><use href="&#x6A;avascript:alert(1)"/><use xlink:href="https://evil.example/x.svg#a"/><image href="http://evil.example/t.png"/><image href="data:image/png;base64,AAAA"/><rect fill="url(https://evil.example/p)" style="fill:url( 'http://e.example' )"/><use href="#ok"/></svg>"##,
        );
        assert!(
            !out.contains("javascript") && !out.contains("evil"),
            "{out}"
        );
        assert!(out.contains(r##"<use href="#ok">"##), "{out}");
        assert!(out.contains("data:image/png;base64,AAAA"), "{out}");
    }

    #[test]
    fn refuses_doctypes_entities_and_non_svg() {
        let entity = r#"<!DOCTYPE svg [<!ENTITY x "javascript:">]><svg xmlns="http://www.w3.org/2000/svg"><a href="&x;"/></svg>"#;
        assert!(clean(entity.as_bytes()).is_err());
        assert!(clean(b"<svg><rect/></svg>").is_err(), "no SVG namespace");
        assert!(clean(b"<svg xmlns=\"http://www.w3.org/2000/svg\"><script/></svg>").is_err());
        assert!(clean(b"not xml <svg").is_err());
    }
}
