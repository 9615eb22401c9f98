//go:build unix && !linux && !darwin

package process

const rssUnit = 1024
