use crate::components::RequireModule;
use crate::i18n::{current, t, t_args, t_msg, t_word};
use crate::model::{InvoiceDto, Money};
use crate::permissions::Module;
use crate::util::format::format_date;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

#[component]
pub fn InvoicePage() -> impl IntoView {
    view! { <RequireModule module=Module::Billing><Invoice/></RequireModule> }
}

#[component]
fn Invoice() -> impl IntoView {
    let params = use_params_map();
    let invoice = LocalResource::new(move || {
        let id = params.with(|p| p.get("id").unwrap_or_default());
        crate::api::billing_invoice(id)
    });
    view! {
        <p class="no-print"><A href="/settings/billing/invoices">{t("billing-back-to-invoices")}</A></p>
        {move || match invoice.get() {
            None => view! { <p class="loading" role="status">{t("billing-loading")}</p> }.into_any(),
            Some(Err(e)) => view! { <p class="alert alert-error" role="alert">{t_msg(&e.to_string())}</p> }.into_any(),
            Some(Ok(i)) => view! { <InvoiceView i/> }.into_any(),
        }}
    }
}

/// The invoice as it was issued: its lines, subtotal, tax and total. Printing it leaves the
/// console's frame out (the print stylesheet).
#[component]
fn InvoiceView(i: InvoiceDto) -> impl IntoView {
    let lang = current().code();
    let m = move |minor: i64| {
        Money {
            minor,
            currency: i.currency,
        }
        .format(lang)
    };
    let print = move |_| {
        #[cfg(not(feature = "ssr"))]
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    };
    let number = StoredValue::new(i.id.clone());
    let pdf_busy = RwSignal::new(false);
    let pdf_failed = RwSignal::new(None::<String>);
    let pdf = move |_| {
        pdf_busy.set(true);
        leptos::task::spawn_local(async move {
            let id = number.get_value();
            match crate::api::billing_invoice_pdf(id.clone(), lang.to_string()).await {
                Ok(b64) => {
                    pdf_failed.set(None);
                    download_base64(&format!("{id}.pdf"), "application/pdf", &b64);
                }
                Err(e) => pdf_failed.set(Some(t_msg(&e.to_string()))),
            }
            pdf_busy.set(false);
        });
    };
    let tax = t_args(
        "billing-invoice-tax",
        &[(
            "rate",
            crate::validation::billing::amount_text(i.tax_rate_bp),
        )],
    );
    view! {
        <div class="page-header">
            <h1>{t_args("billing-invoice-title", &[("number", i.id.clone())])}</h1>
            <p class="page-subtitle">{t_args("billing-invoice-subtitle", &[("start", i.period.clone()), ("end", i.period_end.clone())])}" · "{t_word("status", i.status.as_str())}</p>
            <div class="page-actions">
                <button type="button" class="btn" on:click=print>{t("billing-print")}</button>
                <button type="button" class="btn" on:click=pdf disabled=move || pdf_busy.get() || crate::offline::is_offline()>{t("billing-download-pdf")}</button>
            </div>
        </div>
        {move || pdf_failed.get().map(|m| view! { <p class="alert alert-error no-print" role="alert">{m}</p> })}
        <section class="card invoice" aria-labelledby="invoice-lines">
            <h2 id="invoice-lines">{t("billing-invoice-lines")}</h2>
            <dl class="facts">
                <dt>{t("billing-invoice-issued")}</dt><dd>{format_date(i.issued_at)}</dd>
                <dt>{t("billing-invoice-due")}</dt><dd>{format_date(i.due_at)}</dd>
            </dl>
            <div class="table-wrap">
                <table class="table">
                    <caption class="visually-hidden">{t("billing-invoice-lines")}</caption>
                    <thead><tr>
                        <th scope="col">{t("billing-invoice-description")}</th>
                        <th scope="col">{t("billing-invoice-quantity")}</th>
                        <th scope="col">{t("billing-invoice-unit")}</th>
                        <th scope="col">{t("billing-invoice-amount")}</th>
                    </tr></thead>
                    <tbody>
                        {i.lines.iter().map(|l| view! {
                            <tr>
                                <td>{l.description.clone()}</td>
                                <td>{l.quantity}</td>
                                <td>{m(l.unit_minor)}</td>
                                <td>{m(l.amount_minor)}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                    <tfoot>
                        <tr><th scope="row" colspan="3">{t("billing-invoice-subtotal")}</th><td>{m(i.subtotal_minor)}</td></tr>
                        <tr><th scope="row" colspan="3">{tax}</th><td>{m(i.tax_minor)}</td></tr>
                        <tr><th scope="row" colspan="3">{t("billing-invoice-total")}</th><td><strong>{m(i.total_minor)}</strong></td></tr>
                    </tfoot>
                </table>
            </div>
        </section>
    }
}

/// Saves bytes sent as base64 (a PDF from a server function) under `filename`.
fn download_base64(filename: &str, mime: &str, base64: &str) {
    #[cfg(not(feature = "ssr"))]
    {
        let Some(binary) = web_sys::window().and_then(|w| w.atob(base64).ok()) else {
            return;
        };
        // atob gives one character per byte (U+0000 to U+00FF).
        let bytes: Vec<u8> = binary.chars().map(|c| c as u32 as u8).collect();
        let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes.as_slice()));
        crate::util::save_blob(filename, mime, &parts);
    }
    #[cfg(feature = "ssr")]
    let _ = (filename, mime, base64);
}
