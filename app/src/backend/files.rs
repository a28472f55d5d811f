//! Files the server writes that hold secrets (the SQLite database, the secret key, outgoing
//! mail with its one-time links): folders only the owner can enter (0700) and files only the
//! owner can read (0600), whatever the process's umask.

use std::io;
use std::path::Path;

/// Creates `dir` (and its parents) and makes it owner-only.
pub fn private_dir(dir: &Path) -> io::Result<()> {
    std::fs::create_dir_all(dir)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))?;
    }
    Ok(())
}

/// Makes an existing file owner-only.
pub fn private_file(path: &Path) -> io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600))?;
    }
    #[cfg(not(unix))]
    let _ = path;
    Ok(())
}

/// Creates `path` owner-only from the start (no moment in which others could read it) and
/// writes `contents`; fails if it exists.
pub fn create_private(path: &Path, contents: &[u8]) -> io::Result<()> {
    use std::io::Write;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options.open(path)?.write_all(contents)
}

/// The file behind a `sqlite://path?…` URL, if it names one.
pub fn sqlite_path(url: &str) -> Option<&Path> {
    let rest = url.strip_prefix("sqlite://")?;
    let path = rest.split('?').next()?;
    (!path.is_empty() && !path.starts_with(":memory:")).then(|| Path::new(path))
}
