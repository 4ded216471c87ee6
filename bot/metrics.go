package bot

import (
	"context"
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

// Metrics are the bot's Prometheus metrics. Every component takes a *Metrics that may be nil
// (no metrics); its methods do nothing then.
type Metrics struct {
	interactions  *prometheus.CounterVec
	latency       *prometheus.HistogramVec
	articlesAdded *prometheus.CounterVec
	feedPolls     *prometheus.CounterVec
	briefings     prometheus.Counter
}

// NewMetrics registers the bot's metrics with reg. limits (may be nil) reports the requests it
// turned away; pending (may be nil) says how many deliveries are begun but not known posted.
func NewMetrics(reg prometheus.Registerer, limits *Limiter, pending func(context.Context) (int, error)) *Metrics {
	m := &Metrics{
		interactions: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "briefbot_interactions_total",
			Help: "Interactions answered, by command and outcome (ok, refused, failed)."}, []string{"command", "outcome"}),
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: "briefbot_reply_seconds",
			Help:    "Time from an interaction's arrival to its reply (or its deferral).",
			Buckets: []float64{.005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5}}, []string{"command"}),
		articlesAdded: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "briefbot_articles_added_total",
			Help: "Articles stored, by where they came from (feed, discord)."}, []string{"source"}),
		feedPolls: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "briefbot_feed_polls_total",
			Help: "Feed polls, by outcome (ok, not_modified, failed)."}, []string{"outcome"}),
		briefings: prometheus.NewCounter(prometheus.CounterOpts{Name: "briefbot_briefings_posted_total",
			Help: "Scheduled briefings posted."}),
	}
	reg.MustRegister(m.interactions, m.latency, m.articlesAdded, m.feedPolls, m.briefings)
	if limits != nil {
		reg.MustRegister(prometheus.NewCounterFunc(prometheus.CounterOpts{Name: "briefbot_rate_limited_total",
			Help: "Requests turned away by the per-member and per-guild limits."},
			func() float64 { return float64(limits.Refused.Load()) }))
	}
	if pending != nil {
		reg.MustRegister(prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "briefbot_pending_deliveries",
			Help: "Scheduled briefings begun but not known to be posted."}, func() float64 {
			ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
			defer cancel()
			n, err := pending(ctx)
			if err != nil {
				return -1
			}
			return float64(n)
		}))
	}
	return m
}

func (m *Metrics) interaction(command, outcome string, took time.Duration) {
	if m == nil {
		return
	}
	if command == "" {
		command = "button"
	}
	m.interactions.WithLabelValues(command, outcome).Inc()
	m.latency.WithLabelValues(command).Observe(took.Seconds())
}

func (m *Metrics) articleAdded(source string) {
	if m != nil {
		m.articlesAdded.WithLabelValues(source).Inc()
	}
}

func (m *Metrics) feedPolled(outcome string) {
	if m != nil {
		m.feedPolls.WithLabelValues(outcome).Inc()
	}
}

func (m *Metrics) briefingPosted() {
	if m != nil {
		m.briefings.Inc()
	}
}
