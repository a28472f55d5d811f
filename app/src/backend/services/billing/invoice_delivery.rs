//! Invoices leave the console: as a PDF (download, REST, e-mail attachment) and by e-mail to
//! the billing contacts.
//!
//! Design:
//! - Whom an invoice is made out to is fixed when it is issued (`bill_to`, JSON of
//!   [`BillTo`]): the billing contact's name and address, else the account's legal details.
//!   A PDF rendered a year later shows what the first one showed.
//! - Mailing runs after the closing, never inside it: an invoice whose `mailed_at` is NULL is
//!   claimed with a conditional update (`… SET mailed_at = now WHERE id = ? AND mailed_at IS
//!   NULL`), so of several processes exactly one queues its mails. The mails go through the
//!   queue (retries, Messages log, the "Billing and invoices" category); each carries
//!   `invoice:<number>` and the PDF is rendered when it is sent, so the queue stores no file.
//! - Recipients: the billing contact's addresses, in the account's language; without them,
//!   the members the account sends billing mail to, each in their own language.

use super::invoice_pdf::{self, PdfContext};
use super::{invoicing, plans};
use crate::backend::entities::{account, billing_profile, invoice};
use crate::backend::services::mail::mail_queue::{self, OutgoingMail, To};
use crate::backend::services::mail::mail_recipients::resolve_recipients;
use crate::backend::services::tenancy::operations::KIND as OPERATIONS_KIND;
use crate::backend::state::AppState;
use crate::error::AppError;
use crate::i18n::{tr_args, Lang};
use crate::model::{Category, Money};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use serde::{Deserialize, Serialize};

/// Whom an invoice is made out to.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct BillTo {
    pub contact: Option<String>,
    pub organisation: String,
    pub address: Vec<String>,
    pub tax_id: Option<String>,
}

fn some(v: &Option<String>) -> Option<String> {
    v.as_ref()
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
}

/// The billing contact's details, else the account's own.
pub fn bill_to(a: &account::Model, p: &billing_profile::Model) -> BillTo {
    let own = some(&p.address_line1).is_some();
    let pick = |profile: &Option<String>, acc: &Option<String>| {
        if own {
            some(profile)
        } else {
            some(acc)
        }
    };
    let city = [pick(&p.postcode, &a.postcode), pick(&p.city, &a.city)]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ");
    let address = [
        pick(&p.address_line1, &a.address_line1),
        pick(&p.address_line2, &a.address_line2),
        Some(city).filter(|c| !c.is_empty()),
        pick(&p.region, &a.region),
        pick(&p.country, &a.country),
    ]
    .into_iter()
    .flatten()
    .collect();
    BillTo {
        contact: some(&p.contact_name),
        organisation: some(&a.legal_name).unwrap_or_else(|| a.name.clone()),
        address,
        tax_id: some(&p.tax_id).or_else(|| some(&a.tax_id)),
    }
}

impl BillTo {
    fn lines(&self, lang: Lang) -> Vec<String> {
        let mut out = vec![self.organisation.clone()];
        out.extend(self.contact.clone());
        out.extend(self.address.iter().cloned());
        if let Some(t) = &self.tax_id {
            out.push(tr_args(
                lang,
                "billing-invoice-tax-id",
                &[("id", t.clone())],
            ));
        }
        out
    }
}

/// The platform operator's name (the issuer on every invoice).
async fn issuer<C: ConnectionTrait>(conn: &C) -> Result<String, AppError> {
    Ok(account::Entity::find()
        .filter(account::Column::Kind.eq(OPERATIONS_KIND))
        .order_by_asc(account::Column::CreatedAt)
        .one(conn)
        .await?
        .map(|a| {
            a.legal_name
                .filter(|l| !l.trim().is_empty())
                .unwrap_or(a.name)
        })
        .unwrap_or_default())
}

/// The file name of an invoice's PDF.
pub fn file_name(number: &str) -> String {
    format!("{number}.pdf")
}

/// The PDF of one of the account's invoices, in `lang`.
pub async fn pdf<C: ConnectionTrait>(
    conn: &C,
    account_id: &str,
    number: &str,
    lang: Lang,
) -> Result<Vec<u8>, AppError> {
    let inv = invoicing::get(conn, account_id, number).await?;
    let a = account::Entity::find_by_id(account_id.to_string())
        .one(conn)
        .await?
        .ok_or(AppError::NotFound)?;
    let stored = invoice::Entity::find_by_id(inv.id.clone())
        .select_only()
        .column(invoice::Column::BillTo)
        .into_tuple::<Option<String>>()
        .one(conn)
        .await?
        .flatten()
        .and_then(|j| serde_json::from_str::<BillTo>(&j).ok());
    let to = match stored {
        Some(b) => b,
        // Issued before invoices kept it: today's details are the best there is.
        None => bill_to(&a, &plans::profile_of(conn, account_id).await?),
    };
    let issuer = issuer(conn).await?;
    invoice_pdf::render(
        &inv,
        &PdfContext {
            lang,
            issuer: &issuer,
            bill_to: to.lines(lang),
            timezone: &a.timezone,
        },
    )
}

/// Queues the e-mails of every issued invoice not mailed yet; the number of invoices mailed.
pub async fn mail_issued(state: &AppState) -> Result<usize, AppError> {
    let db = &state.db;
    let due: Vec<(String, String)> = invoice::Entity::find()
        .select_only()
        .column(invoice::Column::Id)
        .column(invoice::Column::AccountId)
        .filter(invoice::Column::MailedAt.is_null())
        .order_by_asc(invoice::Column::IssuedAt)
        .limit(200)
        .into_tuple()
        .all(db)
        .await?;
    let mut mailed = 0;
    for (number, account_id) in due {
        let claimed = invoice::Entity::update_many()
            .col_expr(
                invoice::Column::MailedAt,
                Expr::value(crate::backend::clock::now_ms()),
            )
            .filter(invoice::Column::Id.eq(&number))
            .filter(invoice::Column::MailedAt.is_null())
            .exec(db)
            .await?;
        if claimed.rows_affected != 1 {
            continue;
        }
        mail_one(state, &account_id, &number).await?;
        mailed += 1;
    }
    Ok(mailed)
}

async fn mail_one(state: &AppState, account_id: &str, number: &str) -> Result<(), AppError> {
    let db = &state.db;
    let inv = invoicing::get(db, account_id, number).await?;
    let a = account::Entity::find_by_id(account_id.to_string())
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let profile = plans::profile_of(db, account_id).await?;
    let account_lang = Lang::parse(&a.language).unwrap_or_default();
    let mut to: Vec<(To, Lang)> = profile
        .contact_emails
        .as_deref()
        .unwrap_or("")
        .split(',')
        .map(str::trim)
        .filter(|e| !e.is_empty())
        .map(|e| (To::Email(e.to_string()), account_lang))
        .collect();
    if to.is_empty() {
        to = resolve_recipients(db, account_id, Category::Billing)
            .await?
            .into_iter()
            .map(|r| (To::User(r.user_id), r.language))
            .collect();
    }
    for (recipient, lang) in to {
        let total = Money {
            minor: inv.total_minor,
            currency: inv.currency,
        }
        .format(lang.code());
        let args = [
            ("number", inv.id.clone()),
            ("account", a.name.clone()),
            ("start", inv.period.clone()),
            ("end", inv.period_end.clone()),
            ("total", total),
            ("due", super::periods::day(inv.due_at, &a.timezone)),
            (
                "url",
                format!(
                    "{}/settings/billing/invoices/{}",
                    state.config.link_base, inv.id
                ),
            ),
        ];
        let mail = OutgoingMail {
            account_id: Some(account_id.to_string()),
            category: Category::Billing,
            to: recipient,
            subject: tr_args(lang, "mail-invoice-subject", &args),
            body: tr_args(lang, "mail-invoice-body", &args),
            language: lang,
        };
        mail_queue::enqueue_with(state, mail, Some(format!("invoice:{}", inv.id))).await?;
    }
    Ok(())
}
