package input

// progress reports done of total inputs to the Progress hook, if any.
func (o *Options) progress(done, total int) {
	if o.Progress != nil {
		o.Progress(done, total)
	}
}
