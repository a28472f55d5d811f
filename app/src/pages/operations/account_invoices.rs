use crate::components::{ConfirmDialog, FormMessage, FormState, OfflineNote, TextField};
use crate::error::FieldErrors;
use crate::i18n::{current, t, t_args, t_msg, t_word};
use crate::model::{BillingAdminView, InvoiceDto, InvoiceStatus, Money};
use crate::util::format::format_date;
use leptos::prelude::*;

// FormState's check takes `&T`, and T is String here.
#[allow(clippy::ptr_arg)]
fn rate_errors(raw: &String) -> FieldErrors {
    let mut e = FieldErrors::new();
    if let Err(m) = crate::validation::parse_tax_rate(raw) {
        e.insert("tax_rate".into(), m);
    }
    e
}

fn percent(bp: i64) -> String {
    let s = crate::validation::billing::amount_text(bp);
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

/// A client account's billing as the operator keeps it: the tax rate of its next invoices
/// and its latest invoices, an open one recorded as paid or void.
#[component]
pub fn AccountInvoices(account_id: String) -> impl IntoView {
    let id = StoredValue::new(account_id);
    let view_data = LocalResource::new(move || crate::api::ops_account_billing(id.get_value()));
    move || {
        view_data.get().map(|r| match r {
            Err(e) => view! { <p class="alert alert-error" role="alert">{t_msg(&e.to_string())}</p> }.into_any(),
            Ok(v) => view! { <TaxRate v=v.clone() id reload=move || view_data.refetch()/> <Invoices v id reload=move || view_data.refetch()/> }.into_any(),
        })
    }
}

#[component]
fn TaxRate(
    v: BillingAdminView,
    id: StoredValue<String>,
    reload: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let form = FormState::new(percent(v.tax_rate_bp), rate_errors);
    let revision = v.revision;
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if !form.ready() {
            return;
        }
        form.busy.set(true);
        leptos::task::spawn_local(async move {
            let rate = form.draft.get_untracked();
            match crate::api::ops_set_tax_rate(id.get_value(), rate.clone(), revision).await {
                Ok(()) => {
                    form.saved(rate, t("operations-tax-rate-saved"));
                    reload();
                }
                Err(e) => form.failed(e),
            }
            form.busy.set(false);
        });
    };
    view! {
        <form class="card" aria-labelledby="ops-tax" on:submit=save novalidate>
            <h2 id="ops-tax">{t("operations-tax-rate")}</h2>
            <TextField label=t("operations-tax-rate-label") name="tax_rate" value=form.value(|d| d.clone())
                on_input=form.setter("tax_rate", |d, v| *d = v) error=form.error("tax_rate")
                hint=t("operations-tax-rate-hint") disabled=form.busy/>
            <FormMessage message=form.message/>
            <div class="form-actions">
                <OfflineNote/>
                <button type="submit" class="btn btn-primary" disabled=move || form.busy.get() || crate::offline::is_offline()>{t("operations-save-tax-rate")}</button>
            </div>
        </form>
    }
}

#[component]
fn Invoices(
    v: BillingAdminView,
    id: StoredValue<String>,
    reload: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let message = RwSignal::new(None::<(bool, String)>);
    let confirm = RwSignal::new(false);
    let pending = RwSignal::new(None::<(InvoiceDto, InvoiceStatus)>);
    let apply = Callback::new(move |()| {
        let Some((i, to)) = pending.get_untracked() else {
            return;
        };
        leptos::task::spawn_local(async move {
            match crate::api::ops_set_invoice_status(id.get_value(), i.id.clone(), to, i.revision)
                .await
            {
                Ok(done) => {
                    let text = t_args(
                        "operations-invoice-status-set",
                        &[
                            ("number", done.id),
                            ("status", t_word("status", done.status.as_str())),
                        ],
                    );
                    message.set(Some((true, text)));
                    reload();
                }
                Err(e) => message.set(Some((false, e.to_string()))),
            }
        });
    });
    let ask = move |i: InvoiceDto, to: InvoiceStatus| {
        pending.set(Some((i, to)));
        confirm.set(true);
    };
    let question = Signal::derive(move || {
        pending
            .get()
            .map(|(i, to)| {
                t_args(
                    "operations-invoice-status-confirm",
                    &[("number", i.id), ("status", t_word("status", to.as_str()))],
                )
            })
            .unwrap_or_default()
    });
    let lang = current().code();
    view! {
        <section class="card" aria-labelledby="ops-invoices">
            <h2 id="ops-invoices">{t("operations-invoices")}</h2>
            <FormMessage message/>
            {if v.invoices.is_empty() {
                view! { <p class="empty">{t("operations-no-invoices")}</p> }.into_any()
            } else {
                view! {
                    <div class="table-wrap"><table class="table">
                        <caption class="visually-hidden">{t("operations-invoices")}</caption>
                        <thead><tr>
                            <th scope="col">{t("billing-invoice-number")}</th>
                            <th scope="col">{t("billing-invoice-issued")}</th>
                            <th scope="col" class="num">{t("billing-invoice-total")}</th>
                            <th scope="col">{t("common-status")}</th>
                            <th scope="col"><span class="visually-hidden">{t("common-actions")}</span></th>
                        </tr></thead>
                        <tbody>
                            {v.invoices.into_iter().map(|i| {
                                let total = Money { minor: i.total_minor, currency: i.currency }.format(lang);
                                let open = i.status == InvoiceStatus::Open;
                                let (a, b) = (i.clone(), i.clone());
                                view! { <tr>
                                    <th scope="row">{i.id.clone()}</th>
                                    <td>{format_date(i.issued_at)}</td>
                                    <td class="num">{total}</td>
                                    <td>{t_word("status", i.status.as_str())}</td>
                                    <td>{open.then(|| view! {
                                        <button type="button" class="btn btn-sm" aria-label=t_args("operations-mark-paid-of", &[("number", a.id.clone())])
                                            on:click=move |_| ask(a.clone(), InvoiceStatus::Paid)>{t("operations-mark-paid")}</button>
                                        " "
                                        <button type="button" class="btn btn-sm btn-danger" aria-label=t_args("operations-mark-void-of", &[("number", b.id.clone())])
                                            on:click=move |_| ask(b.clone(), InvoiceStatus::Void)>{t("operations-mark-void")}</button>
                                    })}</td>
                                </tr> }
                            }).collect_view()}
                        </tbody>
                    </table></div>
                }.into_any()
            }}
            <ConfirmDialog open=confirm title=t("operations-invoice-status-title") message=question
                confirm_label=t("common-confirm") on_confirm=apply/>
        </section>
    }
}
