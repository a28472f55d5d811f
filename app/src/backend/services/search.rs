//! Substring search in lists.

use sea_orm::sea_query::LikeExpr;

/// `%text%` with the user's own `%`, `_` and `\` matching literally.
pub fn contains(text: &str) -> LikeExpr {
    let escaped: String = text
        .chars()
        .flat_map(|c| {
            if matches!(c, '\\' | '%' | '_') {
                vec!['\\', c]
            } else {
                vec![c]
            }
        })
        .collect();
    LikeExpr::new(format!("%{escaped}%")).escape('\\')
}
