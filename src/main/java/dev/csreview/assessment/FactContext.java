package dev.csreview.assessment;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.jexl3.JexlContext;

/**
 * What an expression sees: answers and computed values by id, {@code item} (the current group item) and
 * {@code unknown.<id>}. Every read is logged, so the caller knows which facts drove a result and which
 * unknowns it rests on. Unknown facts read as null, which the lenient arithmetic treats as false/0.
 */
public final class FactContext implements JexlContext {
    private final Map<String, Fact> facts;
    private final ItemFacts item;
    private final List<FactRead> reads = new ArrayList<>();

    FactContext(Map<String, Fact> facts, ItemFacts item) {
        this.facts = facts;
        this.item = item;
    }

    List<FactRead> reads() {
        return List.copyOf(reads);
    }

    @Override
    public Object get(String name) {
        if (name.equals("item")) {
            return item == null ? null : new ItemView(item, reads);
        }
        if (name.equals("unknown")) {
            return new UnknownView(facts, item);
        }
        Fact fact = facts.get(name);
        if (fact == null) {
            return null;
        }
        reads.add(new FactRead(name, null, null, fact.value(), fact.state(), fact.source(), fact.basis()));
        return exposed(fact);
    }

    @Override
    public void set(String name, Object value) {
        throw new UnsupportedOperationException("expressions cannot assign");
    }

    @Override
    public boolean has(String name) {
        return name.equals("item") || name.equals("unknown") || facts.containsKey(name);
    }

    /** Groups are lists of item views (so {@code size(g)} works); everything else is its plain value. */
    private Object exposed(Fact fact) {
        if (fact.value() instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof ItemFacts) {
            List<ItemView> views = new ArrayList<>();
            for (Object o : list) {
                views.add(new ItemView((ItemFacts) o, reads));
            }
            return views;
        }
        return fact.value();
    }

    /** An item's fields as a map whose reads are logged (public: JEXL's permissions only introspect public types). */
    public static final class ItemView extends AbstractMap<String, Object> {
        private final ItemFacts it;
        private final List<FactRead> reads;

        ItemView(ItemFacts it, List<FactRead> reads) {
            this.it = it;
            this.reads = reads;
        }

        @Override
        public Object get(Object key) {
            Fact fact = it.facts().get(String.valueOf(key));
            if (fact == null) {
                return null;
            }
            reads.add(new FactRead(String.valueOf(key), it.index(), it.label(), fact.value(), fact.state(), fact.source(), List.of()));
            return fact.value();
        }

        @Override
        public boolean containsKey(Object key) {
            return it.facts().containsKey(String.valueOf(key));
        }

        @Override
        public Set<Entry<String, Object>> entrySet() {
            return Set.of();
        }
    }

    /** {@code unknown.x}: true while x (in the current item, else at top level) is not settled. */
    public static final class UnknownView extends AbstractMap<String, Object> {
        private final Map<String, Fact> facts;
        private final ItemFacts item;

        UnknownView(Map<String, Fact> facts, ItemFacts item) {
            this.facts = facts;
            this.item = item;
        }

        @Override
        public Object get(Object key) {
            String id = String.valueOf(key);
            Fact fact = item != null && item.facts().containsKey(id) ? item.facts().get(id) : facts.get(id);
            if (fact == null) {
                return Boolean.FALSE;
            }
            return fact.state().isOpen() || fact.state() == FactState.LOWER_BOUND;
        }

        @Override
        public boolean containsKey(Object key) {
            return true;
        }

        @Override
        public Set<Entry<String, Object>> entrySet() {
            return Set.of();
        }
    }
}
