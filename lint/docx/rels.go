package docx

import (
	"bytes"
	"encoding/xml"
	"sort"
	"strings"

	"github.com/dejargon/dejargon/lint/internal/pkgzip"
)

// rels are the relationships of one part.
type rels []rel

type rel struct {
	Type       string `xml:"Type,attr"`
	Target     string `xml:"Target,attr"`
	TargetMode string `xml:"TargetMode,attr"`
}

func readRels(pkg *pkgzip.Package, name string) (rels, error) {
	data, err := pkg.Read(name)
	if err != nil {
		return nil, err
	}
	var v struct {
		Rels []rel `xml:"Relationship"`
	}
	if err := xml.Unmarshal(data, &v); err != nil {
		return nil, err
	}
	return v.Rels, nil
}

// first returns the target of the first relationship of type typ.
func (rs rels) first(typ string) string {
	for _, r := range rs {
		if strings.HasSuffix(r.Type, typ) && r.TargetMode != "External" {
			return r.Target
		}
	}
	return ""
}

// all returns the parts of every relationship of type typ, sorted by name
// (header1, header2 …) so the order does not depend on the producer.
func (rs rels) all(from, typ string) []string {
	var out []string
	for _, r := range rs {
		if strings.HasSuffix(r.Type, typ) && r.TargetMode != "External" {
			out = append(out, pkgzip.Resolve(from, r.Target))
		}
	}
	sort.Strings(out)
	return out
}

// styleInfo is what the reader needs of a paragraph style.
type styleInfo struct {
	heading bool
	list    bool
}

// readStyles reads which paragraph styles are headings (a "heading N" or
// "Title" style, or one with an outline level) and which are lists.
// Styles only refine what is read, so a broken styles part is ignored.
func readStyles(pkg *pkgzip.Package, name string) map[string]styleInfo {
	data, err := pkg.Read(name)
	if err != nil {
		return nil
	}
	var v struct {
		Styles []struct {
			ID   string `xml:"styleId,attr"`
			Name struct {
				Val string `xml:"val,attr"`
			} `xml:"name"`
			PPr struct {
				Outline *struct{} `xml:"outlineLvl"`
				NumPr   *struct{} `xml:"numPr"`
			} `xml:"pPr"`
		} `xml:"style"`
	}
	if err := xml.NewDecoder(bytes.NewReader(data)).Decode(&v); err != nil {
		return nil
	}
	out := make(map[string]styleInfo, len(v.Styles))
	for _, s := range v.Styles {
		n := strings.ToLower(s.Name.Val)
		out[s.ID] = styleInfo{
			heading: s.PPr.Outline != nil || strings.HasPrefix(n, "heading") || n == "title" || n == "subtitle",
			list:    s.PPr.NumPr != nil || strings.HasPrefix(n, "list"),
		}
	}
	return out
}

// styleOf classifies a paragraph style id, from styles.xml when it says,
// else from the id itself (Heading1, Title, ListBullet).
func (r *reader) styleOf(id string) styleInfo {
	if s, ok := r.styles[id]; ok {
		return s
	}
	l := strings.ToLower(id)
	return styleInfo{
		heading: strings.HasPrefix(l, "heading") || l == "title" || l == "subtitle",
		list:    strings.HasPrefix(l, "list"),
	}
}
