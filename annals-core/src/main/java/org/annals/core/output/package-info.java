/** Output writers: the JSON record of the output contract. Stateless and thread-safe. */
package org.annals.core.output;
