//! An invoice as a PDF: one A4 page per 30-odd lines, DejaVu Sans embedded (subset, with its
//! Unicode map, so the text can be searched and copied), the labels in the reader's language
//! and the amounts as that language writes them. The content comes only from the issued
//! invoice and what it was made out to (`bill_to`, fixed at issue), so the same invoice
//! always renders the same document.

use crate::error::AppError;
use crate::i18n::{tr, tr_args, Lang};
use crate::model::{InvoiceDto, Money};
use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point};
use krilla::metadata::Metadata;
use krilla::page::PageSettings;
use krilla::paint::Stroke;
use krilla::surface::Surface;
use krilla::text::{Font, TextDirection};
use krilla::Document;

const WIDTH: f32 = 595.28;
const HEIGHT: f32 = 841.89;
const LEFT: f32 = 50.0;
const RIGHT: f32 = WIDTH - 50.0;
const BOTTOM: f32 = HEIGHT - 60.0;
/// Right edges of the quantity, unit price and amount columns; the description wraps before
/// the first of them.
const QTY_RIGHT: f32 = 360.0;
const UNIT_RIGHT: f32 = 450.0;
const DESC_WIDTH: f32 = 250.0;

/// What the page prints besides the invoice itself.
pub struct PdfContext<'a> {
    pub lang: Lang,
    /// The issuer (the platform operator's name).
    pub issuer: &'a str,
    /// Whom it is made out to, one line each.
    pub bill_to: Vec<String>,
    /// The account's time zone, for the issue and due days.
    pub timezone: &'a str,
}

struct Face {
    font: Font,
    shaper: rustybuzz::Face<'static>,
}

impl Face {
    fn load(data: &'static [u8]) -> Result<Face, AppError> {
        let font = Font::new(data.into(), 0).ok_or(AppError::Internal)?;
        let shaper = rustybuzz::Face::from_slice(data, 0).ok_or(AppError::Internal)?;
        Ok(Face { font, shaper })
    }

    /// The width of `text` set at `size` points.
    fn width(&self, text: &str, size: f32) -> f32 {
        let mut buffer = rustybuzz::UnicodeBuffer::new();
        buffer.push_str(text);
        let shaped = rustybuzz::shape(&self.shaper, &[], buffer);
        let units: i32 = shaped.glyph_positions().iter().map(|p| p.x_advance).sum();
        units as f32 * size / f32::from(self.shaper.units_per_em() as u16)
    }
}

struct Writer<'a> {
    regular: &'a Face,
    bold: &'a Face,
}

impl Writer<'_> {
    fn text(&self, s: &mut Surface, x: f32, y: f32, text: &str, size: f32, bold: bool) {
        let face = if bold { self.bold } else { self.regular };
        s.draw_text(
            Point::from_xy(x, y),
            face.font.clone(),
            size,
            text,
            false,
            TextDirection::LeftToRight,
        );
    }

    /// `text` ending at `right`.
    fn right(&self, s: &mut Surface, right: f32, y: f32, text: &str, size: f32, bold: bool) {
        let face = if bold { self.bold } else { self.regular };
        self.text(s, right - face.width(text, size), y, text, size, bold);
    }

    /// `text` broken into lines no wider than `width` (at spaces; a word longer than the
    /// line stays whole).
    fn wrap(&self, text: &str, size: f32, width: f32) -> Vec<String> {
        let mut lines = vec![];
        let mut line = String::new();
        for word in text.split_whitespace() {
            let candidate = if line.is_empty() {
                word.to_string()
            } else {
                format!("{line} {word}")
            };
            if !line.is_empty() && self.regular.width(&candidate, size) > width {
                lines.push(std::mem::replace(&mut line, word.to_string()));
            } else {
                line = candidate;
            }
        }
        if !line.is_empty() || lines.is_empty() {
            lines.push(line);
        }
        lines
    }
}

fn rule(s: &mut Surface, y: f32, width: f32) {
    let mut pb = PathBuilder::new();
    pb.move_to(LEFT, y);
    pb.line_to(RIGHT, y);
    if let Some(path) = pb.finish() {
        s.set_stroke(Some(Stroke {
            paint: rgb::Color::new(120, 120, 120).into(),
            width,
            ..Default::default()
        }));
        s.draw_path(&path);
        s.set_stroke(None);
    }
}

/// The invoice as PDF bytes.
pub fn render(inv: &InvoiceDto, ctx: &PdfContext) -> Result<Vec<u8>, AppError> {
    let regular = Face::load(dejavu::sans::regular())?;
    let bold = Face::load(dejavu::sans::bold())?;
    let w = Writer {
        regular: &regular,
        bold: &bold,
    };
    let lang = ctx.lang;
    let money = |minor: i64| {
        Money {
            minor,
            currency: inv.currency,
        }
        .format(lang.code())
    };
    let day = |ms: i64| super::periods::day(ms, ctx.timezone);
    let title = tr_args(lang, "billing-invoice-title", &[("number", inv.id.clone())]);
    let mut doc = Document::new();
    doc.set_metadata(
        Metadata::new()
            .title(title.clone())
            .creator(ctx.issuer.to_string())
            .language(lang.code().to_string()),
    );
    let settings = || PageSettings::from_wh(WIDTH, HEIGHT).ok_or(AppError::Internal);
    let mut page = doc.start_page_with(settings()?);
    let mut s = page.surface();
    w.text(&mut s, LEFT, 70.0, ctx.issuer, 12.0, true);
    w.text(&mut s, LEFT, 105.0, &title, 20.0, true);
    let status = tr(
        lang,
        &format!("status-{}", inv.status.as_str().to_lowercase()),
    );
    let facts = [
        (
            tr(lang, "billing-period"),
            tr_args(
                lang,
                "billing-invoice-subtitle",
                &[
                    ("start", inv.period.clone()),
                    ("end", inv.period_end.clone()),
                ],
            ),
        ),
        (tr(lang, "billing-invoice-issued"), day(inv.issued_at)),
        (tr(lang, "billing-invoice-due"), day(inv.due_at)),
        (tr(lang, "common-status"), status),
    ];
    let mut y = 140.0;
    for (label, value) in &facts {
        w.text(&mut s, 320.0, y, label, 9.5, true);
        w.text(&mut s, 420.0, y, value, 9.5, false);
        y += 15.0;
    }
    let mut y_to = 140.0;
    w.text(
        &mut s,
        LEFT,
        y_to,
        &tr(lang, "billing-invoice-bill-to"),
        9.5,
        true,
    );
    for line in &ctx.bill_to {
        y_to += 14.0;
        w.text(&mut s, LEFT, y_to, line, 9.5, false);
    }
    let mut y = y.max(y_to) + 30.0;
    let header = |w: &Writer, s: &mut Surface, y: f32| {
        w.text(
            s,
            LEFT,
            y,
            &tr(lang, "billing-invoice-description"),
            9.5,
            true,
        );
        w.right(
            s,
            QTY_RIGHT,
            y,
            &tr(lang, "billing-invoice-quantity"),
            9.5,
            true,
        );
        w.right(
            s,
            UNIT_RIGHT,
            y,
            &tr(lang, "billing-invoice-unit"),
            9.5,
            true,
        );
        w.right(s, RIGHT, y, &tr(lang, "billing-invoice-amount"), 9.5, true);
        rule(s, y + 6.0, 0.8);
    };
    header(&w, &mut s, y);
    y += 24.0;
    for l in &inv.lines {
        let wrapped = w.wrap(&l.description, 9.5, DESC_WIDTH);
        let height = wrapped.len() as f32 * 13.0 + 6.0;
        if y + height > BOTTOM {
            s.finish();
            page.finish();
            page = doc.start_page_with(settings()?);
            s = page.surface();
            y = 70.0;
            header(&w, &mut s, y);
            y += 24.0;
        }
        w.right(&mut s, QTY_RIGHT, y, &l.quantity.to_string(), 9.5, false);
        w.right(&mut s, UNIT_RIGHT, y, &money(l.unit_minor), 9.5, false);
        w.right(&mut s, RIGHT, y, &money(l.amount_minor), 9.5, false);
        for (i, text) in wrapped.iter().enumerate() {
            w.text(&mut s, LEFT, y + i as f32 * 13.0, text, 9.5, false);
        }
        y += height;
    }
    if y + 80.0 > BOTTOM {
        s.finish();
        page.finish();
        page = doc.start_page_with(settings()?);
        s = page.surface();
        y = 70.0;
    }
    rule(&mut s, y - 6.0, 0.5);
    let rate = crate::validation::billing::amount_text(inv.tax_rate_bp);
    let totals = [
        (
            tr(lang, "billing-invoice-subtotal"),
            inv.subtotal_minor,
            false,
        ),
        (
            tr_args(lang, "billing-invoice-tax", &[("rate", rate)]),
            inv.tax_minor,
            false,
        ),
        (tr(lang, "billing-invoice-total"), inv.total_minor, true),
    ];
    y += 10.0;
    for (label, amount, strong) in &totals {
        w.right(&mut s, UNIT_RIGHT, y, label, 10.0, *strong);
        w.right(&mut s, RIGHT, y, &money(*amount), 10.0, *strong);
        y += 16.0;
    }
    let note = tr_args(
        lang,
        "billing-invoice-pdf-note",
        &[("currency", inv.currency.code().to_string())],
    );
    w.text(&mut s, LEFT, HEIGHT - 40.0, &note, 8.0, false);
    s.finish();
    page.finish();
    doc.finish().map_err(|e| {
        tracing::error!(invoice = %inv.id, error = ?e, "could not write an invoice PDF");
        AppError::Internal
    })
}
