//! The CSV files the list kit exports: one header and one line per row, the same whether the
//! browser writes them or the server does (the server exports every filtered row, page by page).

use super::csv::{self, LineEnd};
use crate::model::{BuyerDto, LicenseeDto, MessageRow, TokenDto};

fn line(cells: &[String]) -> String {
    csv::line(cells, LineEnd::Crlf)
}

/// Every page of a keyset-paged list as one CSV: `header`, then `line` of each row of each
/// page `fetch` returns for a cursor (None: the first page) until it gives no next cursor.
#[cfg(feature = "ssr")]
pub async fn all_pages<R, F, Fut>(
    header: &str,
    line: fn(&R) -> String,
    mut fetch: F,
) -> Result<String, crate::error::AppError>
where
    F: FnMut(Option<String>) -> Fut,
    Fut: std::future::Future<Output = Result<(Vec<R>, Option<String>), crate::error::AppError>>,
{
    let mut out = String::from(header);
    let mut cursor = None;
    loop {
        let (rows, next) = fetch(cursor).await?;
        rows.iter().for_each(|r| out.push_str(&line(r)));
        match next {
            Some(c) => cursor = Some(c),
            None => return Ok(out),
        }
    }
}

pub const BUYERS_HEADER: &str = "id,name,tax_number,address,contact,sellers,licensees,status\r\n";

pub fn buyer_line(b: &BuyerDto) -> String {
    let sellers: Vec<&str> = b.sellers.iter().map(|s| s.name.as_str()).collect();
    line(&[
        b.id.clone(),
        b.name.clone(),
        b.tax_number.clone(),
        b.address.one_line(),
        b.contact.display(),
        sellers.join("; "),
        b.licensees.to_string(),
        b.status.as_str().to_string(),
    ])
}

pub const LICENSEES_HEADER: &str = "id,name,resale,external_ref,buyer,seller,status,available\r\n";

pub fn licensee_line(l: &LicenseeDto) -> String {
    line(&[
        l.id.clone(),
        l.name.clone(),
        l.resale.to_string(),
        l.external_ref.clone(),
        l.buyer.name.clone(),
        l.seller.name.clone(),
        l.status.as_str().to_string(),
        l.available.to_string(),
    ])
}

pub const TOKENS_HEADER: &str =
    "id,name,description,modules,hint,created_by,created_at,last_used_at,expires_at,status\r\n";

/// A token's row; never its secret (the list holds only the hint).
pub fn token_line(t: &TokenDto) -> String {
    let modules: Vec<String> = t
        .modules
        .iter()
        .map(|(m, l)| format!("{}:{}", m.key(), l.as_str()))
        .collect();
    line(&[
        t.id.clone(),
        t.name.clone(),
        t.description.clone(),
        modules.join("; "),
        t.hint.clone(),
        t.created_by_name.clone(),
        super::format_utc(t.created_at),
        t.last_used_at.map(super::format_utc).unwrap_or_default(),
        super::format_utc(t.expires_at),
        t.status.clone(),
    ])
}

pub const MESSAGES_HEADER: &str = "id,created_at,recipient,subject,category,status,attempts\r\n";

pub fn message_line(m: &MessageRow) -> String {
    line(&[
        m.id.clone(),
        super::format_utc(m.created_at),
        m.recipient.clone(),
        m.subject.clone(),
        m.category.clone(),
        m.status.clone(),
        m.attempts.to_string(),
    ])
}
