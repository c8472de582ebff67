package pack

import (
	"github.com/socialtech/trainerkit/course"
	"github.com/socialtech/trainerkit/course/session"
)

// clean strips control characters and terminal escape sequences from every
// string of a pack read from outside (course.CleanLine for one-line values,
// course.CleanText for texts), before the checks see them: a session title
// must not rewrite the lines a command prints, nor a name a CSV export.
func (c *Contents) clean() {
	c.KitVersion = course.CleanLine(c.KitVersion)
	for i := range c.Overlays {
		o := &c.Overlays[i]
		o.Text, o.BaseText, o.Notes = course.CleanText(o.Text), course.CleanText(o.BaseText), course.CleanText(o.Notes)
		for j, h := range o.HiddenSections {
			o.HiddenSections[j] = course.CleanLine(h)
		}
	}
	for _, m := range c.Modules {
		if m == nil {
			continue
		}
		cleanMap(m.Title, course.CleanLine)
		cleanMap(m.Summary, course.CleanText)
		for i, d := range m.DigComp {
			m.DigComp[i] = course.CleanLine(d)
		}
		for _, parts := range m.Source {
			cleanMap(parts, course.CleanText)
		}
	}
	for _, s := range c.Sessions {
		if s != nil {
			cleanSession(s)
		}
	}
	for _, ps := range c.Participants {
		for i := range ps {
			p := &ps[i]
			for _, f := range []*string{&p.ID, &p.FirstName, &p.LastName, &p.Email, &p.Organisation, &p.Role} {
				*f = course.CleanLine(*f)
			}
		}
	}
}

func cleanSession(s *session.Session) {
	for _, f := range []*string{&s.Title, &s.Body.Name, &s.Place, &s.Lang} {
		*f = course.CleanLine(*f)
	}
	s.Body.Address, s.Notes = course.CleanText(s.Body.Address), course.CleanText(s.Notes)
	for i, t := range s.Trainers {
		s.Trainers[i] = course.CleanLine(t)
	}
	for _, day := range s.Agenda {
		for i := range day {
			day[i].Title, day[i].Description = course.CleanLine(day[i].Title), course.CleanText(day[i].Description)
		}
	}
}

func cleanMap(m map[string]string, f func(string) string) {
	for k, v := range m {
		m[k] = f(v)
	}
}
