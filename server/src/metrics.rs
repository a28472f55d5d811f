//! Prometheus metrics through the `metrics` crate and its Prometheus exporter, kept per process
//! (each process is scraped on its own; nothing here is state another process needs).
//!
//! Every request is counted by route and status class and timed into a per-route histogram.
//! The route is the router's template (`/api/v1/users/{id}`), or the server function's own
//! path (`/sf/users/list`) for registered server functions, so the label set stays bounded
//! whatever paths clients send; other requests are labelled by kind (`static`, `other`).
//! The recorder is this struct's own, not a process-wide global, so two routers in one
//! process (the tests) keep separate figures.

use axum::extract::{MatchedPath, Request};
use axum::middleware::Next;
use axum::response::Response;
use metrics_exporter_prometheus::{PrometheusBuilder, PrometheusHandle, PrometheusRecorder};
use std::collections::HashSet;
use std::sync::OnceLock;
use std::time::{Duration, Instant};

const BUCKETS: [f64; 10] = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1.0, 5.0];

/// The route template a request matched, carried from the router to the outer `track` layer.
#[derive(Clone)]
pub struct RouteLabel(pub String);

/// Copies the matched route into the response (a `route_layer`, so only matched routes).
pub async fn mark_route(req: Request, next: Next) -> Response {
    let route = req
        .extensions()
        .get::<MatchedPath>()
        .map(|m| m.as_str().to_owned());
    let mut res = next.run(req).await;
    if let Some(r) = route {
        res.extensions_mut().insert(RouteLabel(r));
    }
    res
}

fn server_fn_paths() -> &'static HashSet<&'static str> {
    static PATHS: OnceLock<HashSet<&'static str>> = OnceLock::new();
    PATHS.get_or_init(|| {
        server_fn::axum::server_fn_paths()
            .map(|(p, _)| p)
            .collect::<HashSet<_>>()
    })
}

/// The label of a request: its route template, a registered server function's path, or its kind.
pub fn route_label(path: &str, matched: Option<&str>) -> String {
    if path.starts_with("/sf/") {
        return if server_fn_paths().contains(path) {
            path.to_owned()
        } else {
            "/sf/unknown".into()
        };
    }
    match matched {
        Some(route) => route.to_owned(),
        None if path.starts_with("/api/") => "/api/unknown".into(),
        None if path.contains('.') || path == "/" => "static".into(),
        None => "other".into(),
    }
}

fn status_class(status: u16) -> &'static str {
    match status / 100 {
        1 => "1xx",
        2 => "2xx",
        3 => "3xx",
        4 => "4xx",
        _ => "5xx",
    }
}

pub struct Metrics {
    started: Instant,
    recorder: PrometheusRecorder,
    handle: PrometheusHandle,
}

impl Default for Metrics {
    fn default() -> Self {
        // `set_buckets` refuses only an empty list; the fallback would export summaries.
        let recorder = PrometheusBuilder::new()
            .set_buckets(&BUCKETS)
            .unwrap_or_else(|_| PrometheusBuilder::new())
            .build_recorder();
        let handle = recorder.handle();
        metrics::with_local_recorder(&recorder, || {
            metrics::describe_counter!(
                "http_requests_total",
                "HTTP requests by route and status class."
            );
            metrics::describe_histogram!(
                "http_request_duration_seconds",
                metrics::Unit::Seconds,
                "Time to answer, by route."
            );
            metrics::describe_gauge!(
                "process_uptime_seconds",
                "Seconds since this server process started."
            );
        });
        Metrics {
            started: Instant::now(),
            recorder,
            handle,
        }
    }
}

impl Metrics {
    pub fn observe(&self, route: String, status: u16, took: Duration) {
        metrics::with_local_recorder(&self.recorder, || {
            metrics::counter!(
                "http_requests_total",
                "route" => route.clone(),
                "status" => status_class(status)
            )
            .increment(1);
            metrics::histogram!("http_request_duration_seconds", "route" => route)
                .record(took.as_secs_f64());
        });
    }

    /// Folds the recorded samples into the histograms; the server runs it every few seconds
    /// so samples do not pile up between scrapes.
    pub fn upkeep(&self) {
        self.handle.run_upkeep();
    }

    pub fn render(&self) -> String {
        metrics::with_local_recorder(&self.recorder, || {
            metrics::gauge!("process_uptime_seconds").set(self.started.elapsed().as_secs_f64());
        });
        self.handle.render()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_stay_bounded() {
        assert_eq!(
            route_label("/sf/no/such/function", Some("/sf/{*fn_name}")),
            "/sf/unknown"
        );
        assert_eq!(
            route_label("/api/v1/users/AUSR-1", Some("/api/v1/users/{id}")),
            "/api/v1/users/{id}"
        );
        assert_eq!(route_label("/api/v9/x", None), "/api/unknown");
        assert_eq!(route_label("/main-abc.wasm", None), "static");
        assert_eq!(route_label("/settings/users", None), "other");
    }

    #[test]
    fn renders_counts_and_histograms_per_route() {
        let m = Metrics::default();
        m.observe("/healthz".into(), 200, Duration::from_millis(2));
        m.observe("/healthz".into(), 200, Duration::from_millis(30));
        m.observe("/api/v1/users".into(), 403, Duration::from_millis(1));
        let text = m.render();
        assert!(
            text.contains("http_requests_total{route=\"/healthz\",status=\"2xx\"} 2"),
            "{text}"
        );
        assert!(
            text.contains("http_requests_total{route=\"/api/v1/users\",status=\"4xx\"} 1"),
            "{text}"
        );
        assert!(
            text.contains(
                "http_request_duration_seconds_bucket{route=\"/healthz\",le=\"0.0025\"} 1"
            ),
            "{text}"
        );
        assert!(
            text.contains("http_request_duration_seconds_count{route=\"/healthz\"} 2"),
            "{text}"
        );
        assert!(
            text.contains("# TYPE http_request_duration_seconds histogram"),
            "{text}"
        );
    }
}
