//! CSV lines for every export, written by the `csv` crate, with one rule of ours on top: a cell
//! that starts like a spreadsheet formula (`=`, `+`, `-` or `@`) gets a leading `'`, so an
//! exported value can never run as a formula when the file is opened in a spreadsheet. List
//! exports quote every cell; the audit export leaves numbers bare (its `seq` and `at_ms`
//! columns are read as numbers by the scripts that re-check the chain).

use std::borrow::Cow;

/// How a line ends: the list exports use CRLF (RFC 4180), the audit export and Users `\n`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LineEnd {
    Crlf,
    Lf,
}

fn neutral(s: &str) -> Cow<'_, str> {
    if s.starts_with(['=', '+', '-', '@']) {
        Cow::Owned(format!("'{s}"))
    } else {
        Cow::Borrowed(s)
    }
}

/// One CSV line of `cells`, every cell quoted and neutralised, ending with `end`.
pub fn line<S: AsRef<str>>(cells: &[S], end: LineEnd) -> String {
    write(cells, end, ::csv::QuoteStyle::Always)
}

/// As [`line`], but cells that are numbers stay bare.
pub fn line_bare_numbers<S: AsRef<str>>(cells: &[S], end: LineEnd) -> String {
    write(cells, end, ::csv::QuoteStyle::NonNumeric)
}

fn write<S: AsRef<str>>(cells: &[S], end: LineEnd, style: ::csv::QuoteStyle) -> String {
    let mut w = ::csv::WriterBuilder::new()
        .quote_style(style)
        .terminator(match end {
            LineEnd::Crlf => ::csv::Terminator::CRLF,
            LineEnd::Lf => ::csv::Terminator::Any(b'\n'),
        })
        .buffer_capacity(256)
        .from_writer(Vec::with_capacity(128));
    // Writing into a Vec cannot fail; a failure would still give an empty line, never a panic.
    if w.write_record(cells.iter().map(|c| neutral(c.as_ref()).into_owned()))
        .is_err()
    {
        return String::new();
    }
    w.into_inner()
        .ok()
        .and_then(|bytes| String::from_utf8(bytes).ok())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_are_quoted_and_formulas_neutralised() {
        let l = line(
            &["a", "=SUM(A1)", "say \"hi\"", "-1", "@x", "+3", "x,y"],
            LineEnd::Crlf,
        );
        assert_eq!(
            l,
            "\"a\",\"'=SUM(A1)\",\"say \"\"hi\"\"\",\"'-1\",\"'@x\",\"'+3\",\"x,y\"\r\n"
        );
        assert_eq!(line(&["a\nb", ""], LineEnd::Lf), "\"a\nb\",\"\"\n");
        assert_eq!(line(&["12"], LineEnd::Lf), "\"12\"\n");
        assert_eq!(
            line_bare_numbers(&["12", "AUD-1", "-3", "127.0.0.1"], LineEnd::Lf),
            "12,\"AUD-1\",\"'-3\",\"127.0.0.1\"\n"
        );
    }
}
