use crate::components::{FormMessage, FormState, SelectField};
use crate::i18n::t;
use crate::model::OpsAccountDetails;
use crate::validation::SellerLinkInput;
use leptos::prelude::*;

/// Links one of the operator's sellers to this account and, optionally, one of its buyers.
#[component]
pub fn LinkSellerForm(
    account_id: String,
    /// (id, name) of the account's buyers.
    buyers: Vec<(String, String)>,
    on_linked: Callback<OpsAccountDetails>,
) -> impl IntoView {
    let start = SellerLinkInput {
        account_id,
        ..Default::default()
    };
    let form = FormState::new(start, |d: &SellerLinkInput| {
        d.validate().err().unwrap_or_default()
    });
    let sellers = LocalResource::new(crate::api::ops_list_sellers);
    let disabled = Signal::derive(move || form.busy.get());
    let buyer_options = buyers;
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if !form.ready() {
            return;
        }
        form.busy.set(true);
        let input = form.draft.get_untracked();
        leptos::task::spawn_local(async move {
            match crate::api::ops_link_seller(input.clone()).await {
                Ok(details) => {
                    form.saved(
                        SellerLinkInput {
                            account_id: input.account_id,
                            ..Default::default()
                        },
                        t("operations-seller-linked"),
                    );
                    on_linked.run(details);
                }
                Err(e) => form.failed(e),
            }
            form.busy.set(false);
        });
    };
    view! {
        <form class="card form-grid" on:submit=save novalidate aria-labelledby="link-seller-title">
            <h2 id="link-seller-title" class="span-2">{t("operations-link-seller-title")}</h2>
            <FormMessage message=form.message/>
            {move || {
                let options: Vec<(String, String)> = sellers.get().and_then(Result::ok).unwrap_or_default()
                    .into_iter().map(|r| (r.seller.id, r.seller.name)).collect();
                view! {
                    <SelectField label=t("operations-seller") name="seller_id" value=form.value(|d| d.seller_id.clone())
                        on_input=form.setter("seller_id", |d, v| d.seller_id = v) error=form.error("seller_id")
                        options empty=t("operations-choose-seller") disabled/>
                }
            }}
            <SelectField label=t("operations-buyer") name="buyer_id" value=form.value(|d| d.buyer_id.clone())
                on_input=form.setter("buyer_id", |d, v| d.buyer_id = v) error=form.error("buyer_id")
                options=buyer_options empty=t("operations-account-only") disabled
                hint=t("operations-link-seller-hint")/>
            <div class="form-actions span-2">
                <button type="submit" class="btn btn-primary" disabled=move || form.busy.get() || crate::offline::is_offline()>{t("operations-link-seller")}</button>
            </div>
        </form>
    }
}
