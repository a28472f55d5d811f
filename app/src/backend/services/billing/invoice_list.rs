//! The Invoices list for the list kit: filters `status` (Open, Paid, Void) and `from` / `to`
//! (days of issue, in the account's time zone, both included), newest first by default,
//! keyset-paged at the database on (issued_at, id) with the indexes of migrations 16 and
//! 17; and the CSV of every match, read a page of 1,000 at a time.

use super::periods;
use crate::backend::entities::invoice;
use crate::backend::services::keyset::{self, KeyValue};
use crate::backend::services::tenancy::accounts;
use crate::error::AppError;
use crate::model::{InvoiceDto, InvoiceStatus, ListPage, ListParams};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, Select};

/// The account's invoices matching the filters (no order yet).
async fn matching(
    db: &DatabaseConnection,
    account_id: &str,
    p: &ListParams,
) -> Result<Select<invoice::Entity>, AppError> {
    use invoice::Column as C;
    let mut q = invoice::Entity::find().filter(C::AccountId.eq(account_id));
    match p.filter("status") {
        "" => {}
        s => {
            let st = InvoiceStatus::parse(s)
                .ok_or_else(|| AppError::field("status", "Choose a status from the list."))?;
            q = q.filter(C::Status.eq(st.as_str()));
        }
    }
    let (from, to) = (p.filter("from"), p.filter("to"));
    if !from.is_empty() || !to.is_empty() {
        let tz = accounts::find(db, account_id).await?.timezone;
        let day = |field: &str, raw: &str| {
            periods::day_start(raw, &tz)
                .ok_or_else(|| AppError::field(field, "Enter a date as YYYY-MM-DD."))
        };
        if !from.is_empty() {
            q = q.filter(C::IssuedAt.gte(day("from", from)?));
        }
        if !to.is_empty() {
            // Up to the end of that day: before the start of the next one.
            let end = day("to", to)? + 86_400_000;
            if !from.is_empty() && end <= day("from", from)? {
                return Err(AppError::field(
                    "to",
                    "The end date is before the start date.",
                ));
            }
            q = q.filter(C::IssuedAt.lt(end));
        }
    }
    Ok(q)
}

/// One page for the list kit (`sort`: only `issued`; newest first unless `desc` is false
/// and a sort is named).
pub async fn list_page(
    db: &DatabaseConnection,
    account_id: &str,
    p: &ListParams,
) -> Result<ListPage<InvoiceDto>, AppError> {
    use invoice::Column as C;
    if !matches!(p.sort.as_str(), "" | "issued") {
        return Err(AppError::field(
            "sort",
            "Choose a sort order from the list.",
        ));
    }
    let q = matching(db, account_id, p).await?;
    let (total, total_is_capped) = keyset::capped_count(db, q.clone(), C::Id).await?;
    let desc = p.sort.is_empty() || p.desc;
    let page = keyset::page(
        db,
        q,
        (C::IssuedAt, C::Id),
        desc,
        p.cursor.as_deref(),
        p.page_size(),
        |i| (KeyValue::Int(i.issued_at), i.id.clone()),
    )
    .await?;
    Ok(ListPage {
        rows: page
            .rows
            .into_iter()
            .map(|i| super::invoicing::dto(i, vec![]))
            .collect(),
        next_cursor: page.next_cursor,
        total,
        total_is_capped,
    })
}

/// Every invoice matching the filters as CSV (amounts in minor units with their currency).
pub async fn export_csv(
    db: &DatabaseConnection,
    account_id: &str,
    p: &ListParams,
) -> Result<String, AppError> {
    let mut w = csv::Writer::from_writer(vec![]);
    let mut put = |row: &[&str]| w.write_record(row).map_err(|_| AppError::Internal);
    put(&[
        "number",
        "period",
        "period_end",
        "issued",
        "due",
        "subtotal_minor",
        "tax_minor",
        "total_minor",
        "currency",
        "status",
    ])?;
    let tz = accounts::find(db, account_id).await?.timezone;
    let mut params = ListParams {
        limit: 100,
        cursor: None,
        ..p.clone()
    };
    loop {
        let page = list_page(db, account_id, &params).await?;
        for i in &page.rows {
            put(&[
                &i.id,
                &i.period,
                &i.period_end,
                &periods::day(i.issued_at, &tz),
                &periods::day(i.due_at, &tz),
                &i.subtotal_minor.to_string(),
                &i.tax_minor.to_string(),
                &i.total_minor.to_string(),
                i.currency.code(),
                i.status.as_str(),
            ])?;
        }
        match page.next_cursor {
            Some(c) => params.cursor = Some(c),
            None => break,
        }
    }
    let bytes = w.into_inner().map_err(|_| AppError::Internal)?;
    String::from_utf8(bytes).map_err(|_| AppError::Internal)
}
