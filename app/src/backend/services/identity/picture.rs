//! Profile pictures.
//!
//! What is stored is never the uploaded file: the bytes must be a PNG or a JPEG (by their
//! magic numbers, not the claimed type), are decoded with dimension and memory limits (a small
//! file can claim an enormous image), turned upright by the JPEG's orientation tag, shrunk to
//! fit 256 x 256 and encoded again as PNG. The new file has no EXIF block, no GPS position, no
//! camera serial: nothing of the original's metadata.
//!
//! The picture is shown to the person and to whoever shares an account with them.

use crate::backend::clock::now_ms;
use crate::backend::entities::{membership, user, user_picture};
use crate::backend::services::identity::person::{self, Me};
use crate::backend::services::identity::sessions;
use crate::error::AppError;
use crate::validation::MAX_PICTURE_BYTES;
use image::metadata::Orientation;
use image::{DynamicImage, ImageDecoder, ImageFormat, ImageReader, Limits};
use sea_orm::sea_query::{Expr, OnConflict};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter, Set};
use std::io::Cursor;

/// The side of the square the picture must fit in.
pub const SIDE: u32 = 256;
/// Larger images are refused before decoding (40 megapixels of RGBA is 160 MB).
const MAX_DIMENSION: u32 = 8_000;
const MAX_ALLOC: u64 = 300 * 1024 * 1024;
const FIELD: &str = "picture";
const UNREADABLE: &str = "The picture could not be read. Choose a PNG or JPEG image.";

fn refuse(message: &str) -> AppError {
    AppError::field(FIELD, message)
}

/// Checks, decodes, shrinks and re-encodes an upload (CPU work: call off the async threads).
pub fn normalise(bytes: &[u8]) -> Result<Vec<u8>, AppError> {
    if bytes.is_empty() {
        return Err(refuse(UNREADABLE));
    }
    if bytes.len() > MAX_PICTURE_BYTES {
        return Err(refuse("The picture can be at most 5 MB."));
    }
    let format = if bytes.starts_with(&[0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A]) {
        ImageFormat::Png
    } else if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        ImageFormat::Jpeg
    } else {
        return Err(refuse("Use a PNG or JPEG image."));
    };
    let mut reader = ImageReader::with_format(Cursor::new(bytes), format);
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_DIMENSION);
    limits.max_image_height = Some(MAX_DIMENSION);
    limits.max_alloc = Some(MAX_ALLOC);
    reader.limits(limits);
    let unreadable = |_| refuse(UNREADABLE);
    let mut decoder = reader.into_decoder().map_err(unreadable)?;
    // A damaged EXIF block only loses its orientation, never the picture.
    let orientation = decoder.orientation().unwrap_or(Orientation::NoTransforms);
    let mut img = DynamicImage::from_decoder(decoder).map_err(unreadable)?;
    img.apply_orientation(orientation);
    if img.width() > SIDE || img.height() > SIDE {
        img = img.thumbnail(SIDE, SIDE);
    }
    // 8 bits per channel is all a 256 px avatar needs; alpha only when the source has it.
    let img = if img.color().has_alpha() {
        DynamicImage::ImageRgba8(img.into_rgba8())
    } else {
        DynamicImage::ImageRgb8(img.into_rgb8())
    };
    let mut out = Cursor::new(Vec::new());
    img.write_to(&mut out, ImageFormat::Png).map_err(|e| {
        tracing::error!(error = %e, "could not encode a profile picture");
        AppError::Internal
    })?;
    Ok(out.into_inner())
}

/// Stores a normalised picture (or removes it with `None`), recorded in each of the person's
/// accounts. Returns when it was set.
pub async fn set(me: &Me<'_>, png: Option<Vec<u8>>) -> Result<Option<i64>, AppError> {
    let (tx, accounts) = person::begin(me.db, me.user_id, me.account_id).await?;
    let u = person::reload(&tx, me.user_id).await?;
    let now = now_ms();
    let (at, action_summary) = match png {
        Some(bytes) => {
            let size = bytes.len();
            user_picture::Entity::insert(user_picture::ActiveModel {
                user_id: Set(me.user_id.to_string()),
                png: Set(bytes),
                updated_at: Set(now),
            })
            .on_conflict(
                OnConflict::column(user_picture::Column::UserId)
                    .update_columns([user_picture::Column::Png, user_picture::Column::UpdatedAt])
                    .to_owned(),
            )
            .exec(&tx)
            .await?;
            (
                Some(now),
                format!("Set a profile picture (PNG, {} KB)", size.div_ceil(1024)),
            )
        }
        None => {
            if u.picture_at.is_none() {
                tx.rollback().await?;
                return Ok(None);
            }
            user_picture::Entity::delete_by_id(me.user_id.to_string())
                .exec(&tx)
                .await?;
            (None, "Removed their profile picture".to_string())
        }
    };
    user::Entity::update_many()
        .col_expr(user::Column::PictureAt, Expr::value(at))
        .filter(user::Column::Id.eq(me.user_id))
        .exec(&tx)
        .await?;
    let entry = person::entry(&u, "auth.profile.picture", action_summary, vec![]);
    person::append_all(&tx, &accounts, &u, me.client, entry).await?;
    tx.commit().await?;
    Ok(at)
}

/// The picture of `target` as `viewer` may see it: their own, or that of someone who belongs
/// to an account the viewer is an active member of. `None` for anything else, so a stranger
/// cannot even learn whether a picture exists.
pub async fn for_viewer(
    db: &DatabaseConnection,
    viewer: &str,
    target: &str,
) -> Result<Option<Vec<u8>>, AppError> {
    if viewer != target {
        let accounts: Vec<String> = sessions::memberships_of(db, viewer)
            .await?
            .into_iter()
            .map(|m| m.account_id)
            .collect();
        let shared = membership::Entity::find()
            .filter(membership::Column::UserId.eq(target))
            .filter(membership::Column::AccountId.is_in(accounts))
            .count(db)
            .await?;
        if shared == 0 {
            return Ok(None);
        }
    }
    Ok(user_picture::Entity::find_by_id(target.to_string())
        .one(db)
        .await?
        .map(|p| p.png))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn encoded(w: u32, h: u32, format: ImageFormat) -> Vec<u8> {
        let img =
            DynamicImage::ImageRgb8(image::RgbImage::from_pixel(w, h, image::Rgb([200, 30, 30])));
        let mut out = Cursor::new(Vec::new());
        img.write_to(&mut out, format).unwrap();
        out.into_inner()
    }

    #[test]
    fn shrinks_to_fit_and_answers_png() {
        let png = normalise(&encoded(600, 300, ImageFormat::Jpeg)).unwrap();
        let back = image::load_from_memory_with_format(&png, ImageFormat::Png).unwrap();
        assert_eq!((back.width(), back.height()), (256, 128));
        let small = normalise(&encoded(40, 50, ImageFormat::Png)).unwrap();
        let back = image::load_from_memory(&small).unwrap();
        assert_eq!((back.width(), back.height()), (40, 50), "never enlarged");
    }

    #[test]
    fn refuses_what_is_not_a_picture() {
        for bad in [&b""[..], b"GIF89a....", b"\xFF\xD8\xFFbroken jpeg"] {
            let e = normalise(bad).unwrap_err();
            assert!(e.field_errors().contains_key(FIELD), "{e:?}");
        }
        let huge = vec![0xFF; MAX_PICTURE_BYTES + 1];
        assert!(normalise(&huge)
            .unwrap_err()
            .field_errors()
            .contains_key(FIELD));
    }
}
