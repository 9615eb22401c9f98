package process

const rssUnit = 1
