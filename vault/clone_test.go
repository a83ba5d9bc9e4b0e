package vault

import (
	"fmt"
	"reflect"
	"testing"
	"time"
)

// TestCloneCopiesEveryField fills every field of a Data, down to the last
// string of the last ledger item, by reflection, clones it, then overwrites
// every value of the original in place. The clone must still equal a fresh fill:
// a field Clone forgets to copy, or memory it shares with the original, fails
// here, including fields added to Data, Item, BackupRecord... later.
func TestCloneCopiesEveryField(t *testing.T) {
	orig, want := &Data{}, &Data{}
	fillAll(t, reflect.ValueOf(orig).Elem(), 1)
	fillAll(t, reflect.ValueOf(want).Elem(), 1)
	c := orig.Clone()
	if !reflect.DeepEqual(c, want) {
		t.Fatalf("clone differs from the original:\n got %+v\nwant %+v", c, want)
	}
	fillAll(t, reflect.ValueOf(orig).Elem(), 2) // in place: through shared memory too
	if reflect.DeepEqual(orig, want) {
		t.Fatal("the refill changed nothing; the test is broken")
	}
	if !reflect.DeepEqual(c, want) {
		t.Fatalf("changing the original changed the clone:\n got %+v\nwant %+v", c, want)
	}
}

func TestCloneKeepsNil(t *testing.T) {
	if (*Data)(nil).Clone() != nil {
		t.Fatal("nil Data cloned to non-nil")
	}
	d := NewData(t0)
	d.Items = nil
	if c := d.Clone(); c.Items != nil || c.Backups != nil {
		t.Fatalf("nil slices became %#v, %#v", c.Items, c.Backups)
	}
}

// fillAll sets every value reachable from v to one derived from seed. Slices,
// maps and pointers that already exist are written through, not replaced, so a
// second fill reaches memory a shallow copy would share.
func fillAll(t *testing.T, v reflect.Value, seed int) {
	t.Helper()
	switch {
	case v.Type() == reflect.TypeFor[time.Time]():
		v.Set(reflect.ValueOf(time.Unix(int64(1700000000+seed), 0).UTC()))
		return
	case v.Kind() == reflect.Struct:
		for i := range v.NumField() {
			if !v.Type().Field(i).IsExported() {
				t.Fatalf("%s.%s is unexported: teach fillAll about it", v.Type(), v.Type().Field(i).Name)
			}
			fillAll(t, v.Field(i), seed)
		}
		return
	}
	fillLeaf(t, v, seed)
}

func fillLeaf(t *testing.T, v reflect.Value, seed int) {
	t.Helper()
	switch v.Kind() {
	case reflect.String:
		v.SetString(fmt.Sprintf("%s-%d", v.Type().Name(), seed))
	case reflect.Int, reflect.Int64, reflect.Int32:
		v.SetInt(int64(seed))
	case reflect.Bool:
		v.SetBool(seed%2 == 1)
	case reflect.Pointer:
		if v.IsNil() {
			v.Set(reflect.New(v.Type().Elem()))
		}
		fillAll(t, v.Elem(), seed)
	case reflect.Slice:
		if v.Len() == 0 {
			v.Set(reflect.MakeSlice(v.Type(), 2, 2))
		}
		for i := range v.Len() {
			fillAll(t, v.Index(i), seed+i)
		}
	default:
		t.Fatalf("fillAll does not know %s (%s): teach it, and make Clone copy it", v.Type(), v.Kind())
	}
}
