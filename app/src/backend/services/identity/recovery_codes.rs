//! Recovery codes: ten single-use codes, `xxxxx-xxxxx`, for when the phone is not at hand.
//!
//! Each carries 50 random bits over an alphabet without look-alikes (no 0/o, 1/l). They are
//! shown once; only the SHA-256 of the normalised code (lower case, no dash or spaces) is
//! kept, and using one marks it used with a conditional update, so it works exactly once
//! even when two requests race.

use crate::backend::clock::now_ms;
use crate::backend::crypto::sha256_hex;
use crate::backend::entities::recovery_code;
use crate::error::AppError;
use rand::{rngs::OsRng, Rng};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, Set};

pub const COUNT: usize = 10;
const ALPHABET: &[u8] = b"abcdefghijkmnpqrstuvwxyz23456789";
const HALF: usize = 5;

fn random_code() -> String {
    let mut rng = OsRng;
    let mut pick = |n: usize| -> String {
        (0..n)
            .map(|_| ALPHABET[rng.gen_range(0..ALPHABET.len())] as char)
            .collect()
    };
    let first = pick(HALF);
    let second = pick(HALF);
    format!("{first}-{second}")
}

/// What is hashed: case, spaces and dashes do not matter when typing a code back.
pub fn normalise(code: &str) -> Option<String> {
    let clean: String = code
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .map(|c| c.to_ascii_lowercase())
        .collect();
    (clean.len() == 2 * HALF && clean.bytes().all(|b| ALPHABET.contains(&b))).then_some(clean)
}

fn hash(normalised: &str) -> String {
    sha256_hex(normalised)
}

/// Replaces the person's codes with ten new ones and returns them (the only time they exist
/// in clear).
pub async fn replace<C: ConnectionTrait>(conn: &C, user_id: &str) -> Result<Vec<String>, AppError> {
    remove_all(conn, user_id).await?;
    let mut codes: Vec<String> = Vec::with_capacity(COUNT);
    while codes.len() < COUNT {
        let code = random_code();
        if !codes.contains(&code) {
            codes.push(code);
        }
    }
    let now = now_ms();
    let rows = codes
        .iter()
        .filter_map(|c| normalise(c))
        .map(|n| recovery_code::ActiveModel {
            user_id: Set(user_id.to_string()),
            code_hash: Set(hash(&n)),
            used_at: Set(None),
            created_at: Set(now),
        });
    recovery_code::Entity::insert_many(rows)
        .exec_without_returning(conn)
        .await?;
    Ok(codes)
}

pub async fn remove_all<C: ConnectionTrait>(conn: &C, user_id: &str) -> Result<(), AppError> {
    recovery_code::Entity::delete_many()
        .filter(recovery_code::Column::UserId.eq(user_id))
        .exec(conn)
        .await?;
    Ok(())
}

/// Uses up a code: true only for an unused code of this person, and only once.
pub async fn consume<C: ConnectionTrait>(
    conn: &C,
    user_id: &str,
    code: &str,
) -> Result<bool, AppError> {
    let Some(normalised) = normalise(code) else {
        return Ok(false);
    };
    let claimed = recovery_code::Entity::update_many()
        .col_expr(recovery_code::Column::UsedAt, Expr::value(now_ms()))
        .filter(recovery_code::Column::UserId.eq(user_id))
        .filter(recovery_code::Column::CodeHash.eq(hash(&normalised)))
        .filter(recovery_code::Column::UsedAt.is_null())
        .exec(conn)
        .await?;
    Ok(claimed.rows_affected == 1)
}

pub async fn unused<C: ConnectionTrait>(conn: &C, user_id: &str) -> Result<u32, AppError> {
    let n = recovery_code::Entity::find()
        .filter(recovery_code::Column::UserId.eq(user_id))
        .filter(recovery_code::Column::UsedAt.is_null())
        .count(conn)
        .await?;
    Ok(u32::try_from(n).unwrap_or(u32::MAX))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_have_the_shape_and_normalise() {
        let code = random_code();
        assert_eq!(code.len(), 11);
        assert_eq!(code.as_bytes()[5], b'-');
        let n = normalise(&code).unwrap();
        assert_eq!(
            normalise(&format!(" {} ", code.to_uppercase())),
            Some(n.clone())
        );
        assert_eq!(normalise(&n), Some(n));
        assert_eq!(normalise("123456"), None);
        assert_eq!(normalise("abcde-fghi0"), None, "0 is not in the alphabet");
    }
}
